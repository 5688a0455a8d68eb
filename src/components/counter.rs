//! What to do at the reception desk today, first on every result that offers the desk view:
//! tell the staff, show the desk screen, hand over what confirms the coverage.

use super::{AppLink, GuideRef, SourceLinks};
use crate::diagnosis::Place;
use yew::prelude::*;

/// Props of [`CounterBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct CounterBoxProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The desk view (keeping the answers, so coming back shows them again).
    pub desk: Place,
    /// Folded into one line, for a reader away from the counter (see `Walk::at_counter`).
    #[prop_or_default]
    pub folded: bool,
}

/// See the module docs.
#[component]
pub fn CounterBox(props: &CounterBoxProps) -> Html {
    let check = props.guide.get(&props.guide.meta.counter);
    let body = html! {
        <>
            // The screen to turn towards the staff comes first: the person is at the counter.
            <p class="no-print"><AppLink to={props.desk.clone()} class="button desk-button">{ &props.guide.ui.desk_button }</AppLink></p>
            <ol class="counter-steps">
                { for check.steps.iter().map(|s| html! { <li><p>{ &s.text }</p></li> }) }
            </ol>
            <SourceLinks guide={props.guide} urls={check.steps.iter().filter_map(|s| s.source.clone()).map(AttrValue::from).collect::<Vec<_>>()} />
        </>
    };
    if props.folded {
        return html! {
            <details class="counter folded">
                <summary>{ &check.title }</summary>
                { body }
            </details>
        };
    }
    html! {
        <section class="counter" aria-labelledby="counter-heading">
            <h2 id="counter-heading">{ &check.title }</h2>
            { body }
        </section>
    }
}
