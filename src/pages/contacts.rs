//! 「問い合わせ先」: whom to ask for each type of insurance, the national lines with their hours,
//! and what to note before calling; every result links here.

use crate::components::{BackToPage, ContactList, GuideRef, Shell};
use yew::prelude::*;

/// Props of [`ContactsPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct ContactsPageProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The screen's heading, focused on arrival.
    pub heading: NodeRef,
}

/// See the module docs.
#[component]
pub fn ContactsPage(props: &ContactsPageProps) -> Html {
    let ContactsPageProps { guide, heading } = props;
    html! {
        <Shell guide={*guide}>
            <BackToPage guide={*guide} />
            <h1 ref={heading} tabindex="-1">{ &guide.contacts.title }</h1>
            <ContactList guide={*guide} />
        </Shell>
    }
}
