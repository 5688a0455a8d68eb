//! The words of a page explained in plain words, from the one glossary in the data, behind one
//! tap so they cost no room until wanted.

use crate::diagnosis::guide;
use yew::prelude::*;

/// Props of [`TermList`].
#[derive(Properties, PartialEq, Clone)]
pub struct TermListProps {
    /// The result whose page the terms are on.
    pub result_id: AttrValue,
}

/// See the module docs.
#[component]
pub fn TermList(props: &TermListProps) -> Html {
    let Ok(guide) = guide() else { return Html::default() };
    let Some(result) = guide.result(&props.result_id) else { return Html::default() };
    let terms = guide.terms_on(result);
    if terms.is_empty() {
        return Html::default();
    }
    // The first words named, so a person sees whether the one they stumbled on is there.
    let names: Vec<&str> = terms.iter().take(2).map(|t| t.term.as_str()).collect();
    html! {
        <details class="terms">
            <summary>{ format!("ことばの説明({}など{}語)", names.join("・"), terms.len()) }</summary>
            <dl>
                { for terms.iter().map(|t| html! {
                    <div class="term"><dt>{ &t.term }</dt><dd>{ &t.plain }</dd></div>
                }) }
            </dl>
        </details>
    }
}
