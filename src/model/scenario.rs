//! The housing-led scenario: the population if planned homes are built, beside the official
//! projection, which carries past trends forward and leaves planned housing out (the point the
//! 2016 BSW plan makes). Every assumption is a parameter the user can change.
//!
//! The definition: the housing-led population of a year is the official projection plus the
//! people living in the new homes built after the latest mid-year estimate, up to that year;
//! homes are built at the plan's yearly rate until the plan's end year (or a later year the user
//! chooses, labelled as theirs), after which the people in them stay but no more are built. So
//! 0 new homes gives the projection exactly, and the difference is never negative. It assumes
//! the projection allows for none of the planned homes, so it is the most the plan could add.

use crate::model::format::format_value;
use crate::model::query::{actual_figures, trend_lines};
use crate::model::{Period, Status, ThemeData, ValueType};

/// The user's assumptions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HousingScenario {
    /// New homes built each year.
    pub homes_per_year: f64,
    /// People living in each new home.
    pub people_per_home: f64,
    /// The last year in which homes are built (the plan's end year unless the user extends it).
    pub build_until: i32,
}

/// Default assumptions for a place, with the reasoning shown to the user.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioDefault {
    /// Area code.
    pub area: &'static str,
    /// New homes a year implied by the board paper.
    pub homes_per_year: f64,
    /// The year the plan's homes are planned by.
    pub plan_end: i32,
    /// How that was worked out, in words.
    pub reasoning: &'static str,
}

/// Homes a year implied by the planned totals quoted in the 2016 BSW plan.
pub const DEFAULTS: [ScenarioDefault; 3] = [
    ScenarioDefault {
        area: "E06000022",
        homes_per_year: 1000.0,
        plan_end: 2029,
        reasoning: "13,000 extra homes by 2029, spread over the 13 years from 2016 (the plan does not give the start year).",
    },
    ScenarioDefault {
        area: "E06000030",
        homes_per_year: 22_000.0 / 15.0,
        plan_end: 2026,
        reasoning: "22,000 new homes between 2011 and 2026: about 1,467 a year.",
    },
    ScenarioDefault {
        area: "E06000054",
        homes_per_year: 12_981.0 / 10.0,
        plan_end: 2026,
        reasoning: "12,981 homes by 2026, spread over the 10 years from 2016 (the plan does not give the start year).",
    },
];

/// The plan's assumptions for `area`, if it is one of the three places.
pub fn default_for(area: &str) -> Option<&'static ScenarioDefault> {
    DEFAULTS.iter().find(|d| d.area == area)
}

/// People per new home implied by the B&NES figures of the 2016 plan: 13,000 homes raising the
/// population by 16%, applied to B&NES's mid-2016 estimate. `None` without that estimate.
pub fn implied_people_per_home(population: &ThemeData) -> Option<f64> {
    let banes_2016 = actual_values(population, "E06000022")
        .into_iter()
        .find(|p| p.0 == Period::Year(2016))?
        .1;
    Some(banes_2016 * 0.16 / 13_000.0)
}

fn actual_values(population: &ThemeData, area: &str) -> Vec<(Period, f64)> {
    actual_figures(population, "population-total", area)
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect()
}

/// The projection, the housing-led population, and the difference, by year.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioYear {
    /// The year.
    pub year: i32,
    /// The official projection.
    pub projection: f64,
    /// The projection plus the people in the new homes built since the latest estimate.
    pub housing_led: f64,
}

impl ScenarioYear {
    /// Housing-led minus projection: the people in the new homes.
    pub fn difference(&self) -> f64 {
        self.housing_led - self.projection
    }

    /// The projection, the housing-led figure and the signed difference, as the table shows
    /// them (`240,642`, `246,642`, `+6,000`).
    pub fn formatted(&self) -> [String; 3] {
        let n = |v: f64| format_value(v, ValueType::Count, 0);
        let sign = if self.difference() >= 0.0 { "+" } else { "" };
        [
            n(self.projection),
            n(self.housing_led),
            format!("{sign}{}", n(self.difference())),
        ]
    }
}

/// The note shown when the user builds on after the plan's end year.
pub fn extension_note(build_until: i32, plan_end: i32) -> Option<String> {
    (build_until > plan_end).then(|| {
        format!("Building after {plan_end} is your assumption: the plan's homes are planned by {plan_end}.")
    })
}

/// The scenario for `area`: the latest mid-year estimate (its period and value) and, for every
/// year the official projection covers after it, the projection and the housing-led figure.
pub fn run(
    population: &ThemeData,
    area: &str,
    s: HousingScenario,
) -> Option<(Period, f64, Vec<ScenarioYear>)> {
    let (base_period, base) = actual_values(population, area)
        .into_iter()
        .max_by_key(|p| p.0)?;
    let Period::Year(base_year) = base_period else {
        return None;
    };
    let projection: Vec<(Period, f64)> = trend_lines(population, "population-total", &[area])
        .ok()?
        .into_iter()
        .filter(|l| l.status == Status::Projection)
        .flat_map(|l| l.points)
        .collect();
    let people_a_year = s.homes_per_year * s.people_per_home;
    let years = projection
        .into_iter()
        .filter_map(|(p, v)| match p {
            Period::Year(y) if y > base_year => {
                let years_built = (y.min(s.build_until) - base_year).max(0);
                Some(ScenarioYear {
                    year: y,
                    projection: v,
                    housing_led: v + people_a_year * f64::from(years_built),
                })
            }
            _ => None,
        })
        .collect();
    Some((base_period, base, years))
}

/// The first and last years the scenario covers for `area` (the year after the latest estimate
/// and the last year projected): the range of years in which homes can be built.
pub fn year_range(population: &ThemeData, area: &str) -> Option<(i32, i32)> {
    let probe = HousingScenario {
        homes_per_year: 0.0,
        people_per_home: 0.0,
        build_until: 0,
    };
    let (_, _, years) = run(population, area, probe)?;
    Some((years.first()?.year, years.last()?.year))
}

/// The years a table of the scenario shows: every fifth year, the last year homes are built and
/// the last year projected.
pub fn table_years(years: Vec<ScenarioYear>, build_until: i32) -> Vec<ScenarioYear> {
    let last = years.iter().map(|y| y.year).max();
    years
        .into_iter()
        .filter(|y| y.year % 5 == 0 || y.year == build_until || Some(y.year) == last)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::population::build;

    fn population() -> ThemeData {
        build(
            "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
             E06000022,B,u,2016,mye,v0,187500,1,1,1,1,1,1,1,1,1,1\n\
             E06000022,B,u,2023,mye,v0,200000,1,1,1,1,1,1,1,1,1,1\n\
             E06000022,B,u,2024,snpp2018,v1,201000,1,1,1,1,1,1,1,1,1,1\n\
             E06000022,B,u,2030,snpp2018,v1,205000,1,1,1,1,1,1,1,1,1,1\n",
        )
        .unwrap()
    }

    #[test]
    fn the_people_per_home_follow_from_the_plans_b_and_nes_figures() {
        // 187,500 × 16% / 13,000 = 2.3077.
        let ppl = implied_people_per_home(&population()).unwrap();
        assert!((ppl - 2.307_692).abs() < 1e-6, "{ppl}");
    }

    fn scenario(homes_per_year: f64, build_until: i32) -> HousingScenario {
        HousingScenario {
            homes_per_year,
            people_per_home: 2.0,
            build_until,
        }
    }

    #[test]
    fn housing_led_adds_the_people_of_the_homes_built_since_the_latest_estimate() {
        let (base_period, base, years) =
            run(&population(), "E06000022", scenario(1000.0, 2029)).unwrap();
        assert_eq!((base_period, base), (Period::Year(2023), 200_000.0));
        assert_eq!(years.len(), 2);
        assert_eq!(years[0].year, 2024);
        // The projection plus one year's homes (1,000 × 2 people).
        assert_eq!(years[0].housing_led, 203_000.0);
        // 2030: building stopped at the plan's end, 2029: six years of homes.
        assert_eq!(years[1].housing_led, 205_000.0 + 12_000.0);
        assert_eq!(years[1].difference(), 12_000.0);
        assert!(run(&population(), "E06000030", scenario(1000.0, 2026)).is_none());
    }

    #[test]
    fn homes_can_be_built_from_the_year_after_the_estimate_to_the_last_projected() {
        assert_eq!(year_range(&population(), "E06000022"), Some((2024, 2030)));
        assert_eq!(year_range(&population(), "E06000030"), None);
    }

    #[test]
    fn table_cells_are_signed_and_an_extension_is_said() {
        let y = ScenarioYear {
            year: 2030,
            projection: 240_642.0,
            housing_led: 246_642.0,
        };
        assert_eq!(y.formatted(), ["240,642", "246,642", "+6,000"]);
        assert_eq!(extension_note(2026, 2026), None);
        assert_eq!(
            extension_note(2030, 2026).as_deref(),
            Some("Building after 2026 is your assumption: the plan's homes are planned by 2026.")
        );
    }

    #[test]
    fn no_new_homes_is_the_projection() {
        let (_, _, years) = run(&population(), "E06000022", scenario(0.0, 2029)).unwrap();
        assert!(years
            .iter()
            .all(|y| y.housing_led == y.projection && y.difference() == 0.0));
    }

    #[test]
    fn homes_are_built_only_in_the_plans_years_unless_extended() {
        let (_, _, plan) = run(&population(), "E06000022", scenario(1000.0, 2026)).unwrap();
        // 2024: one year built; 2030: three years (2024-2026), none after the plan's end.
        assert_eq!(plan[0].difference(), 2_000.0);
        assert_eq!(plan[1].difference(), 6_000.0);
        let (_, _, extended) = run(&population(), "E06000022", scenario(1000.0, 2030)).unwrap();
        assert_eq!(extended[1].difference(), 14_000.0);
        // A plan that ended before the latest estimate adds no one.
        let (_, _, past) = run(&population(), "E06000022", scenario(1000.0, 2020)).unwrap();
        assert!(past.iter().all(|y| y.difference() == 0.0));
    }

    #[test]
    fn defaults_come_from_the_plans_totals() {
        assert_eq!(DEFAULTS[0].homes_per_year, 1000.0);
        assert_eq!(default_for("E06000030").map(|d| d.plan_end), Some(2026));
        assert!((DEFAULTS[1].homes_per_year - 1466.67).abs() < 0.01);
        assert!((DEFAULTS[2].homes_per_year - 1298.1).abs() < 1e-9);
    }
}

/// A place's planned homes beside the homes it actually added.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanAndDelivery {
    /// Area code.
    pub area: &'static str,
    /// Planned homes (total) and the year they are planned by, from the board papers.
    pub planned: Option<(f64, String)>,
    /// Planned homes a year, as in [`DEFAULTS`].
    pub planned_per_year: f64,
    /// Net additional homes in the latest year with a count, and that year.
    pub delivered: Option<(f64, String)>,
}

/// The three places' plans beside their delivery, from the housing theme's data.
pub fn plan_and_delivery(housing: &ThemeData) -> Vec<PlanAndDelivery> {
    let latest = |indicator: &str, area: &str| {
        housing
            .series_for(indicator, area)
            .into_iter()
            .flat_map(|s| s.points.iter())
            .max_by(|a, b| a.period.cmp(&b.period))
            .map(|p| (p.value, p.period.clone()))
    };
    DEFAULTS
        .iter()
        .map(|d| PlanAndDelivery {
            area: d.area,
            planned: latest("planned-new-homes", d.area),
            planned_per_year: d.homes_per_year,
            delivered: latest("net-additional-homes", d.area),
        })
        .collect()
}

#[cfg(test)]
mod plan_tests {
    use super::*;

    #[test]
    fn plans_sit_beside_the_latest_counted_delivery() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/housing.json"))
                .unwrap();
        let housing: ThemeData = serde_json::from_str(&text).unwrap();
        let rows = plan_and_delivery(&housing);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].area, "E06000030");
        assert_eq!(rows[1].planned, Some((22_000.0, "2026".into())));
        assert_eq!(rows[1].delivered, Some((723.0, "2019/20".into())));
    }

    #[test]
    fn the_table_shows_every_fifth_year_and_the_last() {
        let year = |year| ScenarioYear {
            year,
            projection: 1.0,
            housing_led: 1.0,
        };
        let shown: Vec<i32> = table_years((2024..=2047).map(year).collect(), 2026)
            .iter()
            .map(|y| y.year)
            .collect();
        assert_eq!(shown, [2025, 2026, 2030, 2035, 2040, 2045, 2047]);
    }
}
