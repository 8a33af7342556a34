//! The files a user opened, kept in this browser tab's session storage (never sent anywhere) so
//! that a reload, or the "Reload" of the crash message, opens them again; cleared when the tab
//! closes or the user chooses "Forget my files".

/// The most characters of one file kept (session storage holds a few megabytes per site).
pub const MAX_KEPT_CHARS: u32 = 2_000_000;

const COUNT: &str = "explorer-files";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn key(i: usize, part: &str) -> String {
    format!("explorer-file-{i}-{part}")
}

/// Keeps a file that opened; returns a remark for the user saying whether it was kept.
pub fn keep(name: &str, text: &wasm_bindgen::JsValue) -> String {
    let too_large = js_sys::JsString::from(text.clone()).length() > MAX_KEPT_CHARS;
    let stored = !too_large
        && storage().is_some_and(|s| {
            let i = kept_count(&s);
            let text = text.as_string().unwrap_or_default();
            let done = s.set_item(&key(i, "name"), name).is_ok()
                && s.set_item(&key(i, "text"), &text).is_ok()
                && s.set_item(COUNT, &(i + 1).to_string()).is_ok();
            if !done {
                let _ = s.remove_item(&key(i, "name"));
                let _ = s.remove_item(&key(i, "text"));
            }
            done
        });
    if stored {
        "Kept in this browser tab (not sent anywhere) until the tab is closed, so a reload opens it again.".into()
    } else {
        "Too large to keep across a reload: open it again after reloading the page.".into()
    }
}

fn kept_count(s: &web_sys::Storage) -> usize {
    s.get_item(COUNT)
        .ok()
        .flatten()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The files kept, in the order they were opened.
pub fn kept() -> Vec<(String, String)> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    (0..kept_count(&s))
        .filter_map(|i| {
            let name = s.get_item(&key(i, "name")).ok().flatten()?;
            let text = s.get_item(&key(i, "text")).ok().flatten()?;
            Some((name, text))
        })
        .collect()
}

/// Forgets every file kept.
pub fn forget() {
    if let Some(s) = storage() {
        for i in 0..kept_count(&s) {
            let _ = s.remove_item(&key(i, "name"));
            let _ = s.remove_item(&key(i, "text"));
        }
        let _ = s.remove_item(COUNT);
    }
}
