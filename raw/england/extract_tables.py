"""Filters the all-England public files in `../shared/sources/` to what the England-wide map
needs: every English local authority district (and England) at one period per indicator, the
latest each file has. A one-off filter step (standard library only), run from the repository root:

    python3 raw/england/extract_tables.py ../shared/sources raw/england
"""
import csv
import os
import sys

# (source file, output file, the period kept: a column and its value)
TIDY = [
    ("health-indicators-la/healthy_life_expectancy_la.csv", "healthy_life_expectancy_2022-24.csv", "period_label", "2022-24"),
    ("health-indicators-la/smoking_prevalence_aps_la.csv", "smoking_prevalence_2023.csv", "period_label", "2023"),
    ("health-indicators-la/adult_obesity_prevalence_la.csv", "adult_obesity_2024-25.csv", "period_label", "2024/25"),
    ("health-indicators-la/preventable_cvd_mortality_u75_la.csv", "preventable_cvd_mortality_2022-24.csv", "period_label", "2022-24"),
    ("housing-la/housing_affordability_ratio_la.csv", "housing_affordability_ratio_2025.csv", "period_label", "2025"),
    ("housing-la/net_additions_per_1000_stock_la.csv", "net_additions_per_1000_2024-25.csv", "period_label", "2024/25"),
]


def england_district(code):
    return code[:3] in ("E06", "E07", "E08", "E09") or code == "E92000001"


def copy(src, dst, keep):
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    kept = [r for r in body if keep(dict(zip(header, r)))]
    with open(dst, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(kept)
    print(f"{dst}: {len(kept)} rows")


def main(sources, out):
    for src, dst, column, value in TIDY:
        copy(os.path.join(sources, src), os.path.join(out, dst),
             lambda r, c=column, v=value: r[c] == v and england_district(r["areacd"]))
    copy(os.path.join(sources, "ons-population-mye-snpp/population_england_la_2000_2043.csv"),
         os.path.join(out, "population_mye_2023.csv"),
         lambda r: r["year"] == "2023" and r["series"] == "mye" and england_district(r["area_code"]))
    copy(os.path.join(sources, "imd-la/iod2025_lad_england.csv"),
         os.path.join(out, "iod2025_imd_lad.csv"),
         lambda r: r["index_domain"] == "Index of Multiple Deprivation")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
