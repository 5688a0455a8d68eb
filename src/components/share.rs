//! Sends a result's title and stable link: the Web Share sheet on phones, otherwise the
//! clipboard, with the outcome announced through a live region.

use super::{copy_text, use_href};
use crate::contract::NEEDS_APP;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Props of [`ShareButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareButtonProps {
    /// The result's title, the only text shared besides the link.
    pub title: AttrValue,
    /// The stable path of the result from the app's base, e.g. `/r/pin-locked/`.
    pub path: AttrValue,
}

fn can_share() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false)
}

/// The `name` of a DOM exception, e.g. `AbortError`.
fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

/// See the module docs.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let status = use_state(String::new);
    let href = use_href(&props.path);
    let onclick = {
        let status = status.clone();
        let title = props.title.to_string();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let title = title.clone();
            let origin = gloo::utils::window().location().origin().unwrap_or_default();
            let url = format!("{origin}{href}");
            wasm_bindgen_futures::spawn_local(async move {
                if can_share() {
                    let data = web_sys::ShareData::new();
                    data.set_title(&title);
                    data.set_text(&title);
                    data.set_url(&url);
                    match JsFuture::from(gloo::utils::window().navigator().share_with_data(&data)).await {
                        Ok(_) => return status.set("共有しました。".to_string()),
                        // A cancelled share sheet is not an error worth a message.
                        Err(e) if error_name(&e) == "AbortError" => return,
                        // Refused, e.g. because the tap lies too far back after the app's slow
                        // first download (assets/boot.js): copy the link instead.
                        Err(_) => {}
                    }
                }
                let text = format!("{title}\n{url}");
                status.set(if copy_text(&text).await {
                    "リンクをコピーしました。LINEやメールに貼り付けて送れます。".to_string()
                } else {
                    format!("コピーできませんでした。このリンクを送ってください: {url}")
                });
            });
        })
    };
    html! {
        <div class={classes!("share", "no-print", NEEDS_APP)}>
            <button type="button" class="button" {onclick}>{ "この結果を送る・保存する" }</button>
            <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
