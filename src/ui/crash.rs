//! Should the app ever panic, the page says so and offers a reload, instead of freezing with a
//! half-drawn page. The message is built with DOM calls (no inline script or handler), so it
//! works under the strict Content-Security-Policy.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn show_message(detail: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alertdialog").ok()?;
    panel.set_attribute("aria-labelledby", "crash-title").ok()?;
    let title = document.create_element("h2").ok()?;
    title.set_id("crash-title");
    title.set_text_content(Some("Sorry, the explorer has stopped working"));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(
        "A fault stopped the page. Reloading usually fixes it; your choices are kept in the address.",
    ));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("button");
    button.set_text_content(Some("Reload the page"));
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button
        .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
        .ok()?;
    reload.forget();
    let more = document.create_element("details").ok()?;
    let summary = document.create_element("summary").ok()?;
    summary.set_text_content(Some("Technical detail, for the analysts"));
    let code = document.create_element("pre").ok()?;
    code.set_text_content(Some(detail));
    more.append_child(&summary).ok()?;
    more.append_child(&code).ok()?;
    for child in [&title, &text, &button, &more] {
        panel.append_child(child).ok()?;
    }
    body.prepend_with_node_1(&panel).ok()?;
    button.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}

/// Logs a panic to the console and shows the message with a reload button. (A JavaScript
/// stack trace, as `console_error_panic_hook` adds, names no functions in a release build.)
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        let text = info.to_string();
        web_sys::console::error_1(&text.as_str().into());
        crate::ui::first_view::take_over();
        let _ = show_message(&text);
    }));
}
