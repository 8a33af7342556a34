//! What a theme page works out from the view and the theme's data, as memos: each re-runs only
//! when what it reads changes.

use crate::chart::indicator_view::{indicator_view, IndicatorView};
use crate::chart::trend::TrendRequest;
use crate::chart::LineChartSpec;
use crate::model::query::areas_to_show;
use crate::model::statement::{statement, StatementFigure};
use crate::model::{AreaFile, Source, ThemeData};
use crate::ui::url_sync::UrlSync;
use crate::ui::view_slices::{Field, ViewSlices};
use leptos::prelude::*;
use std::sync::Arc;

/// The memos of one theme page.
#[derive(Clone, Copy)]
pub struct PageState {
    /// The indicator shown: the chosen one if the theme has figures for it, else the first.
    pub current: Memo<Option<String>>,
    /// The localities with figures for it (the others say "no data").
    pub with_data: Memo<Vec<String>>,
    /// The localities shown, and whether they are the fallback (none chosen has figures).
    pub shown: Memo<(Vec<String>, bool)>,
    /// The localities shown.
    pub selected: Memo<Vec<String>>,
    /// What the page shows for them, or why it cannot.
    pub view: Memo<Result<IndicatorView, String>>,
    /// One or two figures of different kinds: a statement instead of chart, comparison and map.
    pub statement: Memo<Option<Vec<StatementFigure>>>,
}

impl PageState {
    /// The memos of the page of `data`.
    pub fn new(view: ViewSlices, data: &Arc<ThemeData>, areas: &Arc<AreaFile>) -> PageState {
        let current = {
            let data = Arc::clone(data);
            let indicator = view.indicator.get;
            Memo::new(move |_| indicator.with(|i| indicator_or_first(&data, i.as_deref())))
        };
        let with_data = {
            let data = Arc::clone(data);
            Memo::new(move |_| {
                current.with(|c| {
                    c.as_deref()
                        .map(|id| data.areas_with(id).into_iter().map(str::to_owned).collect())
                        .unwrap_or_default()
                })
            })
        };
        let shown = {
            let (data, areas, chosen) = (Arc::clone(data), Arc::clone(areas), view.areas.get);
            Memo::new(move |_| {
                let indicator = current.get().unwrap_or_default();
                chosen.with(|c| areas_to_show(&data, &areas, &indicator, c))
            })
        };
        let selected = Memo::new(move |_| shown.with(|s| s.0.clone()));
        PageState {
            current,
            with_data,
            shown,
            selected,
            view: view_memo(view, data, areas, current, selected),
            statement: {
                let (data, areas) = (Arc::clone(data), Arc::clone(areas));
                Memo::new(move |_| {
                    current.with(|c| c.as_deref().and_then(|id| statement(&data, &areas, id)))
                })
            },
        }
    }

    /// Whether the indicator is drawn (not a statement).
    pub fn charted(self) -> bool {
        self.statement.with(Option::is_none)
    }

    /// The line chart's spec (empty when nothing can be shown).
    pub fn spec(self) -> Signal<LineChartSpec> {
        let view = self.view;
        Signal::derive(move || {
            view.with(|v| {
                v.as_ref()
                    .map(|v| v.spec.clone())
                    .unwrap_or_else(|_| LineChartSpec::empty())
            })
        })
    }

    /// A text of the view (empty when nothing can be shown).
    pub fn text(self, pick: fn(&IndicatorView) -> String) -> Signal<String> {
        let view = self.view;
        Signal::derive(move || view.with(|v| v.as_ref().map(pick).unwrap_or_default()))
    }

    /// The sources of the figures shown.
    pub fn sources(self) -> Signal<Vec<Source>> {
        let view = self.view;
        Signal::derive(move || {
            view.with(|v| v.as_ref().map(|v| v.sources.clone()).unwrap_or_default())
        })
    }
}

/// The indicator `wanted` if `data` has figures for it, else the first that has.
fn indicator_or_first(data: &ThemeData, wanted: Option<&str>) -> Option<String> {
    let view = crate::model::ViewState {
        indicator: wanted.map(str::to_owned),
        ..Default::default()
    };
    view.indicator_in(data).map(str::to_owned)
}

fn view_memo(
    view: ViewSlices,
    data: &Arc<ThemeData>,
    areas: &Arc<AreaFile>,
    current: Memo<Option<String>>,
    selected: Memo<Vec<String>>,
) -> Memo<Result<IndicatorView, String>> {
    let (data, areas, mode) = (Arc::clone(data), Arc::clone(areas), view.mode.get);
    Memo::new(move |_| {
        let indicator = current
            .get()
            .ok_or_else(|| "this theme has no figures".to_string())?;
        let selected = selected.get();
        let refs: Vec<&str> = selected.iter().map(String::as_str).collect();
        let request = TrendRequest {
            indicator: &indicator,
            areas: &refs,
            mode: mode.get(),
        };
        indicator_view(&data, &areas, request)
    })
}

/// A link may name an indicator this theme does not have: say so, and show the first.
pub fn forget_unknown_indicator(indicator: Field<Option<String>>, data: &ThemeData) {
    let Some(wanted) = indicator.get.get_untracked() else {
        return;
    };
    if indicator_or_first(data, Some(&wanted)).as_deref() == Some(wanted.as_str()) {
        return;
    }
    if let Some(sync) = use_context::<UrlSync>() {
        sync.notices.update(|n| {
            n.push(format!(
                "The link's indicator \"{wanted}\" is not in this theme, so its first indicator is shown."
            ))
        });
    }
    indicator.set.set(None);
}
