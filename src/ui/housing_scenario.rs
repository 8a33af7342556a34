//! The housing-led scenario: the user sets new homes a year and people per home (defaults from
//! the board papers, stated as assumptions) and sees the extra population by year beside the
//! ONS projection.

use crate::chart::scenario::scenario_spec;
use crate::model::format::{format_number, parse_decimal};
use crate::model::scenario::{
    default_for, extension_note, implied_people_per_home, run, table_years, year_range,
    HousingScenario, DEFAULTS,
};
use crate::model::{AreaFile, Theme, ThemeData};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::trend_chart::TrendChart;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// Reads a number from an input, keeping the old value when the text is not a number.
fn number_input(ev: &leptos::ev::Event, old: f64, min: f64, max: f64) -> f64 {
    parse_decimal(&event_target_value(ev)).map_or(old, |v| v.clamp(min, max))
}

/// The scenario panel, shown on the Housing theme.
#[component]
pub fn HousingScenarioPanel(areas: Arc<AreaFile>) -> impl IntoView {
    lazy_view(
        "the housing-led scenario",
        load_housing_scenario_panel,
        move || housing_scenario_panel(Arc::clone(&areas)),
    )
}

/// Builds it in the `housing` chunk (see `ui::lazy_view`).
#[wasm_split(housing, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_housing_scenario_panel))]
fn housing_scenario_panel(areas: Arc<AreaFile>) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <HousingScenarioPanelLoaded areas=areas /> }.into_any())
}

/// The housing-led scenario itself.
#[component]
fn HousingScenarioPanelLoaded(areas: Arc<AreaFile>) -> impl IntoView {
    let data = use_data();
    let population = Memo::new(move |_| match data.theme(Theme::Population) {
        Loaded::Ready(d) => Some(d),
        _ => None,
    });
    view! {
        <section class="scenario" aria-labelledby="scenario-title">
            <h3 id="scenario-title" class="chart-title">"What if the planned homes are built?"</h3>
            {move || population.get().map(|pop| view! { <ScenarioBody population=pop areas=Arc::clone(&areas) /> })}
        </section>
    }
}

/// The user's choices: the place, homes a year, people per home and the year building stops.
#[derive(Clone, Copy)]
struct Choices {
    area: RwSignal<String>,
    homes: RwSignal<f64>,
    people: RwSignal<f64>,
    until: RwSignal<i32>,
}

impl Choices {
    fn scenario(self) -> HousingScenario {
        HousingScenario {
            homes_per_year: self.homes.get(),
            people_per_home: self.people.get(),
            build_until: self.until.get(),
        }
    }
}

#[component]
fn ScenarioBody(population: Arc<ThemeData>, areas: Arc<AreaFile>) -> impl IntoView {
    let people_default =
        (implied_people_per_home(&population).unwrap_or(2.3) * 100.0).round() / 100.0;
    let c = Choices {
        area: RwSignal::new(DEFAULTS[0].area.to_owned()),
        homes: RwSignal::new(DEFAULTS[0].homes_per_year.round()),
        people: RwSignal::new(people_default),
        until: RwSignal::new(DEFAULTS[0].plan_end),
    };
    let years = year_range(&population, DEFAULTS[0].area).unwrap_or((2024, 2047));
    let plan_end = move || c.area.with(|a| default_for(a).map_or(0, |d| d.plan_end));
    let reasoning = move || c.area.with(|a| default_for(a).map_or("", |d| d.reasoning));
    let extended = move || extension_note(c.until.get(), plan_end());
    let spec = {
        let (pop, areas) = (Arc::clone(&population), Arc::clone(&areas));
        Signal::derive(move || scenario_spec(&pop, &areas, &c.area.get(), c.scenario()))
    };
    let label = Signal::derive(move || {
        format!(
            "Line chart of the population of the chosen place: estimates, the ONS 2022-based projection and the housing-led scenario with {} homes a year and {} people per home.",
            format_number(c.homes.get(), 0),
            format_number(c.people.get(), 2)
        )
    });
    let sources = {
        let pop = Arc::clone(&population);
        Signal::derive(move || pop.sources.clone())
    };
    view! {
        <p>
            "Official projections carry past trends forward and leave out planned housing. Set how many homes are built, until when, and how many people live in each to see the population they would add to the ONS projection."
        </p>
        <ScenarioControls choices=c areas=areas years=years />
        <p class="assumptions">
            <strong>"Assumptions: "</strong>
            {reasoning} " "
            {format!("People per home: {people_default}, implied by the same plan's statement that 13,000 homes would raise B&NES's population by 16% (applied to the mid-2016 estimate). The housing-led line is the ONS projection plus the people in the homes built after mid-2023, up to the year homes stop being built; it assumes the projection allows for none of these homes, so it is the most they could add. With no new homes it is the projection.")}
        </p>
        <p class="assumptions" role="status" hidden=move || extended().is_none()>{extended}</p>
        <TrendChart spec=spec label=label sources=sources />
        <ScenarioTable population=population choices=c />
    }
}

/// The place, homes a year (box and slider), the year building stops and people per home.
#[component]
fn ScenarioControls(choices: Choices, areas: Arc<AreaFile>, years: (i32, i32)) -> impl IntoView {
    let Choices {
        area,
        homes,
        people,
        until,
    } = choices;
    let (first_year, last_year) = years;
    let choose_area = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(d) = default_for(&code) {
            homes.set(d.homes_per_year.round());
            until.set(d.plan_end);
        }
        area.set(code);
    };
    let place_options = DEFAULTS
        .iter()
        .map(|d| view! { <option value=d.area>{areas.short_name(d.area).to_owned()}</option> })
        .collect_view();
    let set_homes = move |e: leptos::ev::Event| {
        homes.set(number_input(&e, homes.get_untracked(), 0.0, 10_000.0))
    };
    view! {
        <div class="controls-row">
            <div class="field">
                <label for="scenario-place">"Place"</label>
                <select id="scenario-place" on:change=choose_area>{place_options}</select>
            </div>
            <div class="field">
                <label for="scenario-homes">"New homes a year"</label>
                <input id="scenario-homes" type="number" min="0" max="10000" step="50"
                    prop:value=move || homes.get().to_string()
                    on:change=set_homes />
                <input type="range" min="0" max="5000" step="50" aria-label="New homes a year (slider)"
                    prop:value=move || homes.get().to_string()
                    on:input=set_homes />
            </div>
            <div class="field">
                <label for="scenario-until">"Homes built until"</label>
                <input id="scenario-until" type="number" min=first_year max=last_year step="1"
                    prop:value=move || until.get().to_string()
                    on:change=move |e| until.set(number_input(&e, f64::from(until.get_untracked()), f64::from(first_year), f64::from(last_year)) as i32) />
            </div>
            <div class="field">
                <label for="scenario-people">"People per new home"</label>
                <input id="scenario-people" type="number" min="0" max="6" step="0.1"
                    prop:value=move || people.get().to_string()
                    on:change=move |e| people.set(number_input(&e, people.get_untracked(), 0.0, 6.0)) />
            </div>
        </div>
    }
}

/// The scenario by year: the projection, the housing-led figure and the difference.
#[component]
fn ScenarioTable(population: Arc<ThemeData>, choices: Choices) -> impl IntoView {
    let rows = move || {
        let years = run(&population, &choices.area.get(), choices.scenario())
            .map(|(_, _, years)| years)
            .unwrap_or_default();
        table_years(years, choices.until.get())
            .iter()
            .map(|y| {
                let [projection, housing_led, difference] = y.formatted();
                view! {
                    <tr>
                        <th scope="row">{y.year}</th>
                        <td class="num">{projection}</td>
                        <td class="num">{housing_led}</td>
                        <td class="num">{difference}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Housing-led scenario by year">
            <table class="data-table">
                <caption>"Population: ONS projection and housing-led scenario"</caption>
                <thead><tr><th scope="col">"Year"</th><th scope="col" class="num">"ONS projection"</th><th scope="col" class="num">"Housing-led"</th><th scope="col" class="num">"Difference"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
