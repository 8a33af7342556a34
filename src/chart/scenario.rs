//! The housing-led scenario chart: a place's estimates and official projection, with the
//! population if the planned homes are built drawn beside them.

use crate::chart::line_spec::{LineChartSpec, LineSpec};
use crate::chart::palette::{Marker, SeriesStyle, PALETTE};
use crate::chart::trend::{trend_spec, TrendRequest};
use crate::model::display::DisplayMode;
use crate::model::scenario::{run, HousingScenario};
use crate::model::{AreaFile, Period, ThemeData};

/// The chart of `area` with the housing-led line, keyed `housing-led`.
pub fn scenario_spec(
    population: &ThemeData,
    areas: &AreaFile,
    area: &str,
    s: HousingScenario,
) -> LineChartSpec {
    let request = TrendRequest {
        indicator: "population-total",
        areas: &[area],
        mode: DisplayMode::Absolute,
    };
    let Ok(mut spec) = trend_spec(population, areas, request) else {
        return LineChartSpec::empty();
    };
    for line in &mut spec.lines {
        if line.dashed {
            line.label = format!("{} (ONS projection)", line.label);
            line.key = format!("{}-projection", line.key);
        }
    }
    if let Some((base_period, base, years)) = run(population, area, s) {
        let mut points = vec![(base_period.midpoint(), base)];
        let mut labels = vec![base_period.to_string()];
        for y in &years {
            points.push((Period::Year(y.year).midpoint(), y.housing_led));
            labels.push(y.year.to_string());
        }
        spec.lines.push(LineSpec {
            key: "housing-led".into(),
            label: format!("{} (housing-led)", areas.short_name(area)),
            style: SeriesStyle {
                colour: PALETTE[4],
                marker: Marker::Ring,
            },
            dashed: true,
            points,
            breaks: Vec::new(),
            points_only: false,
            marks_only: false,
            period_labels: labels,
            status_label: "scenario".into(),
            source: "scenario".into(),
        });
    }
    spec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;
    use crate::prepare::population::build;

    #[test]
    fn the_scenario_line_starts_at_the_latest_estimate_and_follows_the_projection() {
        let pop = build(
            "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
             E06000030,S,u,2023,mye,v0,238416,1,1,1,1,1,1,1,1,1,1\n\
             E06000030,S,u,2024,snpp2018,v1,231022,1,1,1,1,1,1,1,1,1,1\n",
        )
        .unwrap();
        let s = HousingScenario {
            homes_per_year: 1000.0,
            people_per_home: 2.0,
            build_until: 2026,
        };
        let spec = scenario_spec(&pop, &area_file(), "E06000030", s);
        assert_eq!(spec.lines.len(), 3);
        let led = &spec.lines[2];
        assert_eq!(led.points, [(2023.5, 238_416.0), (2024.5, 233_022.0)]);
        assert_eq!(led.label, "Swindon (housing-led)");
        assert_eq!(spec.lines[1].label, "Swindon (ONS projection)");
    }
}
