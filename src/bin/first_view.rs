//! Writes the static first view into a built page: `first-view SOURCE_DIR INDEX_HTML` reads
//! `SOURCE_DIR/data/areas.json` and `SOURCE_DIR/data/population.json` and puts the first view
//! (see `outcomes_explorer::cli::first_view`) in `INDEX_HTML`'s `<div id="first-view"></div>`.
//! Run by Trunk's post-build hook (`scripts/external-loader.sh`). Exits 1 on any problem.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, index] = args.as_slice() else {
        eprintln!("usage: first-view SOURCE_DIR INDEX_HTML");
        return std::process::ExitCode::from(2);
    };
    match write_first_view(std::path::Path::new(source), std::path::Path::new(index)) {
        Ok(bytes) => {
            println!("first view written into {index} ({bytes} bytes)");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("first-view: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_first_view(source: &std::path::Path, index: &std::path::Path) -> Result<usize, String> {
    use outcomes_explorer::cli::first_view::{first_view_html, insert_first_view};
    use outcomes_explorer::model::{parse_areas, parse_theme, AREAS_FILE};
    let read = |file: &str| {
        std::fs::read_to_string(source.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
    };
    let areas = parse_areas(AREAS_FILE, &read(AREAS_FILE)?).map_err(|e| e.to_string())?;
    let file = "data/population.json";
    let population = parse_theme(file, &read(file)?, &areas).map_err(|e| e.to_string())?;
    let view = first_view_html(&population, &areas).map_err(|e| e.to_string())?;
    let page = std::fs::read_to_string(index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let page = insert_first_view(&page, &view).map_err(|e| e.to_string())?;
    std::fs::write(index, &page).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    Ok(view.len())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
