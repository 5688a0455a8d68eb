//! A telephone line: its name, the number as a `tel:` link, and when it answers.

use crate::diagnosis::Phone;
use yew::prelude::*;

/// Props of [`PhoneLine`].
#[derive(Properties, PartialEq, Clone)]
pub struct PhoneLineProps {
    /// The line, from the guide's `phones`.
    pub phone: Phone,
}

/// See the module docs.
#[component]
pub fn PhoneLine(props: &PhoneLineProps) -> Html {
    let p = &props.phone;
    html! {
        <p class="phone">
            <span class="phone-name">{ &p.name }</span>
            <a class="phone-number" href={p.tel()}>{ &p.number }</a>
            <span class="hours">{ &p.hours }</span>
        </p>
    }
}
