"""Extracts the English local authority districts in being in 2023 from the ONSvisual UK TopoJSON
(`../shared/sources/boundaries-lad/uk_topo_2014_2025.topojson`, layer `ltla`) as GeoJSON with
coordinates rounded to 4 decimal places. A one-off filter step (standard library only):

    python3 raw/england/extract_boundaries.py SRC.topojson > raw/england/ltla_2023_england_bsc.geojson
"""
import json
import sys

YEAR = 2023


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
        arcs.append(points)

    def ring(indices):
        out = []
        for i in indices:
            points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(points if not out else points[1:])
        return out

    features = []
    for g in topo["objects"]["ltla"]["geometries"]:
        p = g["properties"]
        if not p["areacd"].startswith("E"):
            continue
        if (p.get("start") or 0) > YEAR or (p.get("end") or 9999) < YEAR:
            continue
        if g["type"] == "Polygon":
            polygons = [[ring(r) for r in g["arcs"]]]
        else:
            polygons = [[ring(r) for r in poly] for poly in g["arcs"]]
        features.append({
            "type": "Feature",
            "properties": {"code": p["areacd"], "name": p["areanm"]},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    features.sort(key=lambda f: f["properties"]["code"])
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
