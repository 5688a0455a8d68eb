//! The few things the pages need from the browser, each failing softly: the query once the app
//! has settled, focus and title on each new screen, the clipboard, and the next task.

use crate::app::AppContext;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;
use yew_router::prelude::use_location;

/// The current query string (with its `?`). Empty while the app takes over pre-rendered
/// markup, because the static pages were rendered without one (see [`AppContext::settled`]).
#[hook]
pub fn use_query() -> String {
    let settled = use_context::<AppContext>().map(|c| c.settled).unwrap_or(true);
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    if settled {
        query
    } else {
        String::new()
    }
}

/// Sets the document title and, whenever the location changes, moves focus to the page's
/// heading so screen readers announce the new screen. A pre-rendered page being taken over is
/// left alone: the person may already be reading or scrolling it.
///
/// The location is the browser's own (query included), not [`use_query`]'s: the query showing
/// up once the app has settled is not a new screen.
#[hook]
pub fn use_page_heading(title: &str) -> NodeRef {
    let heading = use_node_ref();
    let full_title = format!("{title} | マイナ保険証 紐づけ診断");
    let taking_over = use_context::<AppContext>().is_some_and(|c| !c.settled);
    let location = use_location().map(|l| format!("{}{}", l.path(), l.query_str())).unwrap_or_default();
    {
        let heading = heading.clone();
        use_effect_with(location, move |_| {
            gloo::utils::document().set_title(&full_title);
            if taking_over {
                return;
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            // Start each screen at its top, like a new page would.
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        });
    }
    heading
}

/// Copies `text` to the clipboard; `false` where the browser has no clipboard or refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Runs `f` in a later main-thread task, so the work before it and `f` are two short tasks
/// rather than one long one (a tap in between is answered without a wait).
pub fn in_next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}
