//! A button that copies a text to the clipboard and says so in a live region, for screen
//! readers too.

use super::{copy_text, GuideRef};
use crate::contract::NEEDS_APP;
use yew::prelude::*;

/// Props of [`CopyButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct CopyButtonProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// What the button says.
    pub label: AttrValue,
    /// The text to copy.
    pub text: AttrValue,
    /// What to announce once copied.
    pub done: AttrValue,
}

/// See the module docs.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        let text = props.text.clone();
        let done = props.done.clone();
        let failed = props.guide.ui.copy_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let (status, text, done, failed) = (status.clone(), text.clone(), done.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if copy_text(&text).await { done.to_string() } else { failed });
            });
        })
    };
    html! {
        <>
            <button type="button" class={classes!("button", "secondary", "no-print", NEEDS_APP)} data-busy={props.guide.ui.busy.clone()} {onclick}>{ &props.label }</button>
            <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </>
    }
}
