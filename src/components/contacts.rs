//! Who to contact: by type of insurer, the national lines, and the memo of what to have ready
//! (copyable in one tap). The list is the same for every result, so it is a page of its own
//! (`/contacts/`); a result keeps the link to it and the memo.

use super::{AppLink, CopyButton, GuideProps, PhoneLine, SourceLink};
use crate::diagnosis::{Page, Place};
use yew::prelude::*;

/// On a result: the link to the contacts page, and the memo, folded (the words to send already
/// say whom to ask).
#[component]
pub fn ContactPanel(props: &GuideProps) -> Html {
    let c = &props.guide.contacts;
    html! {
        <section class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{ &c.title }</h2>
            <p class="to-contacts"><AppLink to={Place::Page(Page::Contacts)}>{ &c.link }</AppLink></p>
            <details class="fold">
                <summary>{ &c.memo_title }</summary>
                <Memo guide={props.guide} />
            </details>
        </section>
    }
}

/// The contacts page's body: how to tell one's insurer, the desk for each type, the national
/// lines, and the memo.
#[component]
pub fn ContactList(props: &GuideProps) -> Html {
    let guide = props.guide;
    let c = &guide.contacts;
    html! {
        <>
            <p class="lead">{ &c.lead }</p>
            <dl class="insurers">
                { for c.insurers.iter().map(|i| html! {
                    <div class="insurer"><dt>{ &i.kind }</dt><dd>{ &i.counter }</dd></div>
                }) }
            </dl>
            <SourceLink {guide} url={c.source.clone()} />
            <div class="hotline">
                { for c.phones.iter().map(|id| guide.get(id)).map(|p| html! {
                    <>
                        <PhoneLine phone={p.clone()} />
                        <SourceLink {guide} url={p.source.clone()} />
                    </>
                }) }
            </div>
            <section class="contacts" aria-labelledby="memo-heading">
                <h2 id="memo-heading">{ &c.memo_title }</h2>
                <Memo {guide} />
            </section>
        </>
    }
}

/// What to write down before calling, and the button that copies it as blanks to fill in.
#[component]
fn Memo(props: &GuideProps) -> Html {
    let c = &props.guide.contacts;
    let c_ui = &props.guide.ui;
    html! {
        <div class="memo">
            <ul class="memo-list">
                { for c.memo.iter().map(|m| html! { <li>{ m }</li> }) }
            </ul>
            <p class="memo-ready">{ &c.memo_ready }</p>
            <CopyButton guide={props.guide} label={c_ui.memo_copy.clone()} text={props.guide.memo_text()} done={c_ui.memo_copied.clone()} />
        </div>
    }
}
