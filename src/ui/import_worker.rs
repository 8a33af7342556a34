//! The page's side of the importer worker (`src/bin/import_worker.rs`): started the first time a
//! user opens a file, so that the importer is not part of the first download; each file is sent
//! to it and its reply awaited. The worker keeps what was opened before, so replies carry
//! everything opened so far. Should the worker stop (a fault in the importer), the next file
//! starts a new one, which is first given again the files that had opened, so that nothing the
//! user opened is lost.

use crate::model::import::session::{ImportReply, Opened};
use crate::model::load::parse_json;
use crate::model::{AreaFile, LoadError, ThemeData};
use crate::web::{error_from_js, opened_from_js};
use js_sys::{Array, Function, Promise};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The worker's script: Trunk's loader for the `import-worker` binary (`index.html`).
const WORKER_SCRIPT: &str = "import-worker_loader.js";

/// A running worker and the replies it owes.
struct Link {
    worker: web_sys::Worker,
    /// Settles when the worker has read the area list: resolved, or rejected with the reason.
    ready: Promise,
    /// Resolve and reject functions of each request not yet answered, by request id.
    pending: Rc<RefCell<Vec<(u32, Settle)>>>,
    next_id: Cell<u32>,
    /// Set when the worker failed: the next file starts a new one.
    broken: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static LINK: RefCell<Option<Rc<Link>>> = const { RefCell::new(None) };
    /// The name and text of each file that opened, in order: given again to a new worker.
    static OPENED: RefCell<Vec<(String, JsValue)>> = const { RefCell::new(Vec::new()) };
    /// Told how far the file being opened has got (rows read, rows in all).
    static PROGRESS: RefCell<Option<ProgressListener>> = RefCell::new(None);
}

/// The resolve and reject functions of a promise, kept until it is settled.
type Settle = Rc<RefCell<Option<(Function, Function)>>>;

/// A promise and the functions that settle it (which the executor hands over at once).
fn deferred() -> (Promise, Settle) {
    let settle: Settle = Rc::default();
    let keep = Rc::clone(&settle);
    let promise = Promise::new(&mut |resolve, reject| *keep.borrow_mut() = Some((resolve, reject)));
    (promise, settle)
}

/// Takes the request `id` out of the pending ones (few: one file at a time).
fn take(pending: &RefCell<Vec<(u32, Settle)>>, id: u32) -> Option<Settle> {
    let mut pending = pending.borrow_mut();
    let at = pending.iter().position(|(i, _)| *i == id)?;
    Some(pending.remove(at).1)
}

/// Settles a promise made by [`deferred`] (only the first call counts).
fn settle(settle: &Settle, ok: bool, value: &JsValue) {
    if let Some((resolve, reject)) = settle.borrow_mut().take() {
        let _ = if ok { resolve } else { reject }.call1(&JsValue::NULL, value);
    }
}

fn start() -> Result<Rc<Link>, JsValue> {
    let worker = web_sys::Worker::new(WORKER_SCRIPT)?;
    let (ready, ready_settle) = deferred();
    let pending: Rc<RefCell<Vec<(u32, Settle)>>> = Rc::default();
    let on_message = {
        let pending = Rc::clone(&pending);
        let ready_settle = Rc::clone(&ready_settle);
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                settle(&ready_settle, true, &JsValue::UNDEFINED);
                return;
            }
            let message: Array = data.unchecked_into();
            let (head, body) = (message.get(0), message.get(1));
            if head.as_string().as_deref() == Some("progress") {
                let (done, total) = (body.as_f64(), message.get(2).as_f64());
                if let (Some(done), Some(total)) = (done, total) {
                    PROGRESS.with(|p| p.borrow().as_ref().map(|f| f(done, total)));
                }
            } else if head.as_string().as_deref() == Some("failed") {
                settle(&ready_settle, false, &body);
            } else if let Some(id) = head.as_f64() {
                if let Some(request) = take(&pending, id as u32) {
                    settle(&request, true, &message);
                }
            }
        })
    };
    let broken = Rc::new(Cell::new(false));
    let on_error = {
        let pending = Rc::clone(&pending);
        let broken = Rc::clone(&broken);
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            let reason = JsValue::from_str("the importer stopped or could not start");
            settle(&ready_settle, false, &reason);
            for (_, request) in pending.borrow_mut().drain(..) {
                settle(&request, false, &reason);
            }
            broken.set(true);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Rc::new(Link {
        worker,
        ready,
        pending,
        next_id: Cell::new(0),
        broken,
        _on_message: on_message,
        _on_error: on_error,
    }))
}

/// The running worker, and whether it was started by this call.
fn link() -> Result<(Rc<Link>, bool), JsValue> {
    LINK.with(|l| {
        if let Some(link) = l.borrow().as_ref().filter(|link| !link.broken.get()) {
            return Ok((Rc::clone(link), false));
        }
        if let Some(old) = l.borrow_mut().take() {
            old.worker.terminate();
        }
        let link = start()?;
        *l.borrow_mut() = Some(Rc::clone(&link));
        Ok((link, true))
    })
}

fn could_not(file: &str, reason: &JsValue) -> LoadError {
    let why = reason
        .as_string()
        .unwrap_or_else(|| "the importer could not start".into());
    LoadError::whole_file(file, format!("could not be opened: {why}"))
}

/// Posts one file to the worker; its reply will carry the returned id.
fn send(link: &Link, file: &str, text: &JsValue) -> Result<u32, JsValue> {
    let id = link.next_id.get();
    link.next_id.set(id.wrapping_add(1));
    link.worker
        .post_message(&Array::of3(&id.into(), &file.into(), text))?;
    Ok(id)
}

/// Stops the file being opened, at the user's request: the worker is stopped and the file's
/// request ends "cancelled"; the next file starts a new worker, which is given again the files
/// that had opened, so nothing opened before is lost.
pub fn cancel_import() {
    LINK.with(|l| {
        if let Some(link) = l.borrow_mut().take() {
            link.worker.terminate();
            let reason = JsValue::from_str("cancelled");
            for (_, request) in link.pending.borrow_mut().drain(..) {
                settle(&request, false, &reason);
            }
        }
    });
}

/// What is told how far the file being opened has got: rows read, rows in all.
pub type ProgressListener = Box<dyn Fn(f64, f64)>;

/// Sets (or with `None` clears) what is told how far the file being opened has got.
pub fn on_progress(listener: Option<ProgressListener>) {
    PROGRESS.with(|p| *p.borrow_mut() = listener);
}

/// Forgets every file opened: the worker is stopped and nothing is given to the next one.
pub fn forget_all() {
    cancel_import();
    OPENED.with(|o| o.borrow_mut().clear());
}

/// Sends one file (`text` is the file's text as a JavaScript string) to the importer and waits
/// for its reply.
pub async fn open_in_worker(file: &str, text: JsValue) -> Result<ImportReply, LoadError> {
    let (link, started) = link().map_err(|e| could_not(file, &e))?;
    if let Err(reason) = JsFuture::from(link.ready.clone()).await {
        // Start afresh next time (a network failure may pass).
        link.worker.terminate();
        LINK.with(|l| l.borrow_mut().take());
        // If the area list could not be read, the reason is the area file's own problem.
        let why = could_not(file, &reason);
        return Err(error_from_js(reason).unwrap_or(why));
    }
    if started {
        // A new worker after one that stopped: it handles messages in order, so the files that
        // had opened are opened again before this one (their own replies are not needed).
        for (name, earlier) in OPENED.with(|o| o.borrow().clone()) {
            send(&link, &name, &earlier).map_err(|e| could_not(file, &e))?;
        }
    }
    let (reply, request) = deferred();
    let id = send(&link, file, &text).map_err(|e| could_not(file, &e))?;
    link.pending.borrow_mut().push((id, request));
    let reply: Array = JsFuture::from(reply)
        .await
        .map_err(|e| could_not(file, &e))?
        .unchecked_into();
    // `[id, opened, theme, areas]`: see `src/bin/import_worker.rs`. The theme and the areas are
    // read with the same code as the bundled files.
    let part = |i: u32| reply.get(i).as_string();
    let label = format!("the importer's reply for {file}");
    let opened = opened_from_js(reply.get(1))
        .ok_or_else(|| LoadError::whole_file(&label, "the reply could not be read"))?;
    let so_far = match (part(2), part(3)) {
        (Some(theme), Some(areas)) => Some((
            parse_json::<ThemeData>(&label, &theme)?,
            parse_json::<AreaFile>(&label, &areas)?,
        )),
        _ => None,
    };
    if matches!(opened, Opened::Loaded { .. }) {
        OPENED.with(|o| o.borrow_mut().push((file.to_owned(), text)));
    }
    Ok(ImportReply { opened, so_far })
}
