//! How the importer worker and the page pass a file's outcome: as plain JavaScript arrays of
//! strings and numbers, which both sides read with a few lines of code (JSON would bring a
//! second set of serde readers into the page's WebAssembly). The figures themselves travel as
//! JSON in the explorer's own format (`src/bin/import_worker.rs`).
//!
//! - a [`LoadError`]: `[file, [file, line, column, path, message], …]`;
//! - an [`Opened`]: `["loaded", summary, [problem, …], [remark, …]]` or `["refused", <LoadError>]`.

use crate::model::import::session::Opened;
use crate::model::{LoadError, Problem};
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

fn strings(items: &[String]) -> Array {
    items.iter().map(|s| JsValue::from_str(s)).collect()
}

fn strings_from(value: JsValue) -> Option<Vec<String>> {
    value
        .dyn_into::<Array>()
        .ok()?
        .iter()
        .map(|v| v.as_string())
        .collect()
}

/// A [`LoadError`] as an array.
pub fn error_to_js(error: &LoadError) -> Array {
    let out = Array::of1(&JsValue::from_str(&error.file));
    for p in &error.problems {
        out.push(&Array::of5(
            &JsValue::from_str(&p.file),
            &JsValue::from(p.line as f64),
            &JsValue::from(p.column as f64),
            &JsValue::from_str(&p.path),
            &JsValue::from_str(&p.message),
        ));
    }
    out
}

/// A [`LoadError`] from [`error_to_js`]'s array, or `None` if `value` is not one.
pub fn error_from_js(value: JsValue) -> Option<LoadError> {
    let items = value.dyn_into::<Array>().ok()?;
    let file = items.get(0).as_string()?;
    let problems = items
        .iter()
        .skip(1)
        .map(|p| {
            let p = p.dyn_into::<Array>().ok()?;
            Some(Problem {
                file: p.get(0).as_string()?,
                line: p.get(1).as_f64()? as usize,
                column: p.get(2).as_f64()? as usize,
                path: p.get(3).as_string()?,
                message: p.get(4).as_string()?,
            })
        })
        .collect::<Option<Vec<Problem>>>()?;
    Some(LoadError { file, problems })
}

/// An [`Opened`] as an array.
pub fn opened_to_js(opened: &Opened) -> Array {
    match opened {
        Opened::Loaded {
            summary,
            problems,
            remarks,
        } => Array::of4(
            &"loaded".into(),
            &JsValue::from_str(summary),
            &strings(problems),
            &strings(remarks),
        ),
        Opened::Refused(e) => Array::of2(&"refused".into(), &error_to_js(e)),
    }
}

/// An [`Opened`] from [`opened_to_js`]'s array, or `None` if `value` is not one.
pub fn opened_from_js(value: JsValue) -> Option<Opened> {
    let items = value.dyn_into::<Array>().ok()?;
    match items.get(0).as_string()?.as_str() {
        "loaded" => Some(Opened::Loaded {
            summary: items.get(1).as_string()?,
            problems: strings_from(items.get(2))?,
            remarks: strings_from(items.get(3))?,
        }),
        "refused" => error_from_js(items.get(1)).map(Opened::Refused),
        _ => None,
    }
}
