//! 「受付で見せる」: very large type for the reception staff across the counter — what the
//! patient can present when the card reader fails.

use super::{BrokenData, BrokenLink};
use crate::components::{use_page_heading, use_query, AppLink, SourceLinks};
use crate::diagnosis::{guide, Place};
use yew::prelude::*;

/// Props of [`DeskPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct DeskPageProps {
    /// The result this view belongs to.
    pub id: AttrValue,
}

/// See the module docs.
#[component]
pub fn DeskPage(props: &DeskPageProps) -> Html {
    let guide = guide();
    let query = use_query();
    let title = guide.map(|g| g.desk.title.clone()).unwrap_or_default();
    let heading = use_page_heading(&title);
    let guide = match guide {
        Ok(g) => g,
        Err(e) => return html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    };
    let Some(result) = guide.result_or_alias(&props.id) else { return html! { <BrokenLink /> } };
    let desk = &guide.desk;
    let back = format!("{}{query}", Place::Result { id: result.id.clone(), answers: None }.path());
    html! {
        <main id="main" class="desk" lang="ja">
            <h1 ref={heading} tabindex="-1">{ &desk.title }</h1>
            if let Some(note) = &result.desk_note {
                <p class="desk-situation"><strong>{ "この方の状況: " }</strong>{ note }</p>
            }
            <p class="desk-lead">{ &desk.lead }</p>
            <ol class="desk-items">
                { for desk.items.iter().map(|item| html! { <li>{ item }</li> }) }
            </ol>
            <p class="desk-note">{ &desk.note }</p>
            <SourceLinks urls={desk.sources.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} />
            <p class="desk-nav no-print">
                <AppLink to={back} class="button secondary">{ "← 結果に戻る" }</AppLink>
                <AppLink to="/" class="button secondary">{ "最初からやり直す" }</AppLink>
            </p>
        </main>
    }
}
