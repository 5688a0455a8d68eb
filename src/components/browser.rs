//! The few things the pages need from the browser, each failing softly: the guide in context,
//! focus and title on each new screen, and the clipboard.

use crate::app::GuideRef;
use crate::diagnosis::{guide, DataError, Guide};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The shipped guide: from `App`'s context, or straight from the core where a component is
/// mounted on its own (component tests). An error means the embedded data is broken.
#[hook]
pub fn use_guide() -> Result<&'static Guide, &'static DataError> {
    match use_context::<GuideRef>() {
        Some(g) => Ok(g.0),
        None => guide(),
    }
}

/// Sets the document title and, whenever `key` (the page's location) changes, moves focus to
/// the page's heading so screen readers announce the new screen.
#[hook]
pub fn use_page_heading(title: &str, key: String) -> NodeRef {
    let heading = use_node_ref();
    let full_title = format!("{title} | マイナ保険証 紐づけ診断");
    {
        let heading = heading.clone();
        use_effect_with(key, move |_| {
            let document = gloo::utils::document();
            document.set_title(&full_title);
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
