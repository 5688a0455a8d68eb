//! Who to contact, by type of insurer, and the memo of what to have ready (copyable in one tap).

use super::{copy_text, PhoneLine, SourceLink};
use crate::diagnosis::guide;
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn ContactPanel() -> Html {
    let status = use_state(String::new);
    let Ok(guide) = guide() else { return Html::default() };
    let c = &guide.contacts;
    // Blanks to fill in, then what to have at hand as a sentence, so the copy ends in words.
    let blanks: Vec<String> = c.memo.iter().map(|m| format!("・{m}:")).collect();
    let memo_text = format!("{}\n{}\n{}", c.memo_title, blanks.join("\n"), c.memo_ready);
    let on_copy = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = memo_text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if copy_text(&text).await {
                    "メモをコピーしました。メモ帳やメッセージに貼り付けて使えます。".to_string()
                } else {
                    "コピーできませんでした。画面のメモを書き写してください。".to_string()
                });
            });
        })
    };
    html! {
        <section class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{ &c.title }</h2>
            <p>{ &c.lead }</p>
            <dl class="insurers">
                { for c.insurers.iter().map(|i| html! {
                    <div class="insurer"><dt>{ &i.kind }</dt><dd>{ &i.counter }</dd></div>
                }) }
            </dl>
            <div class="hotline">
                { for c.phones.iter().filter_map(|id| guide.phone(id)).map(|p| html! {
                    <>
                        <PhoneLine phone={p.clone()} />
                        <SourceLink url={p.source.clone()} />
                    </>
                }) }
            </div>
            <div class="memo">
                <h3>{ &c.memo_title }</h3>
                <ul class="memo-list">
                    { for c.memo.iter().map(|m| html! { <li>{ m }</li> }) }
                </ul>
                <p class="memo-ready">{ &c.memo_ready }</p>
                <button type="button" class="button secondary no-print needs-app" onclick={on_copy}>{ "メモをコピー" }</button>
                <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
            </div>
            <SourceLink url={c.source.clone()} />
        </section>
    }
}
