//! 「問い合わせ先」: whom to ask for each type of insurance, the national lines with their hours,
//! and what to note before calling; every result links here.

use super::PageProps;
use crate::components::{BackToPage, ContactList, Shell};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn ContactsPage(props: &PageProps<()>) -> Html {
    let PageProps { guide, heading, .. } = props;
    html! {
        <Shell guide={*guide}>
            <BackToPage guide={*guide} />
            <h1 ref={heading} tabindex="-1">{ &guide.contacts.title }</h1>
            <ContactList guide={*guide} />
        </Shell>
    }
}
