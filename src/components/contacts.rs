//! Who to contact, by type of insurer, and the memo of what to have ready (copyable in one tap).

use super::{CopyButton, GuideProps, PhoneLine, SourceLink};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn ContactPanel(props: &GuideProps) -> Html {
    let guide = props.guide;
    let c = &guide.contacts;
    let memo_text = guide.memo_text();
    html! {
        <section class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{ &c.title }</h2>
            // Folded: the words to send already say whom to ask; this is for finding the number.
            <details class="fold">
            <summary>{ &c.fold }</summary>
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
                <CopyButton label="メモをコピー" text={memo_text} done="メモをコピーしました。メモ帳やメッセージに貼り付けて使えます。" />
            </div>
            <SourceLink url={c.source.clone()} />
            </details>
        </section>
    }
}
