//! The few things the pages need from the browser, each failing softly: focus and title on each
//! new screen, the clipboard, and the next task.

use crate::diagnosis::Place;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Sets the document title and, whenever the person moves to another screen, moves focus to
/// its heading and scrolls to the top, so screen readers announce it as a page load would.
///
/// Not a move: the first screen, which is the page the browser loaded (focus and scroll stay
/// where the browser, and `assets/boot.js` for a screen reached by a link, put them, as the
/// person may already be reading); nor the same screen with an answer marked or the answers
/// that led there added (an older link shown as its path).
#[hook]
pub fn use_page_heading(title: &str, place: Option<&Place>) -> NodeRef {
    let heading = use_node_ref();
    // The screen shown last, as everyone gets it; `None` before the first.
    let shown = use_mut_ref(|| None::<Option<Place>>);
    {
        let heading = heading.clone();
        let title = title.to_string();
        use_effect_with(place.cloned(), move |place| {
            gloo::utils::document().set_title(&title);
            let screen = place.as_ref().map(Place::everyones);
            let before = shown.borrow_mut().replace(screen.clone());
            if before.is_none_or(|before| before == screen) {
                return;
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
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
