//! Numbered step cards, one action each, with a check box remembered on this device only.

use super::ticks::{box_id, use_ticks, TickState};
use super::{GuideRef, PhoneLine, SourceLink};
use crate::diagnosis::{fill, Check, Outcome, Step, Ticks, Ui, When};
use yew::prelude::*;

/// Props of [`StepCards`].
#[derive(Properties, PartialEq, Clone)]
pub struct StepCardsProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The result whose checks (and then the fallback) become cards.
    pub result: &'static Outcome,
}

/// When to do a group of steps, as the person reads it.
fn when_label(ui: &Ui, when: When) -> &str {
    match when {
        When::Now => &ui.when_now,
        When::Soon => &ui.when_soon,
        When::Later => &ui.when_later,
    }
}

/// One card: the action with its box (something to know gets none), then what changed, whom to
/// call, and the source; numbered unless it is folded away.
fn step_card(guide: GuideRef, ticks: &TickState, check: &Check, step: &Step, number: Option<usize>) -> Html {
    let step_key = Ticks::step_key(&check.id, &step.id);
    let input_id = box_id(check, step);
    let done = ticks.is_done(&step_key);
    let phone = step.call.as_ref().map(|id| guide.get(id));
    let kind = if step.info { "info" } else { "action" };
    html! {
        <li class={classes!("step-card", kind, done.then_some("done"), number.is_none().then_some("folded"))}>
            if let Some(n) = number {
                <span class="step-number" aria-hidden="true">{ n }</span>
            }
            <div class="step-body">
                if step.info {
                    <p class="step-text">{ &step.text }</p>
                } else {
                    <input type="checkbox" id={input_id.clone()} checked={done} onchange={ticks.toggle(step_key)} />
                    <label for={input_id}>{ &step.text }</label>
                }
                // The number first, then any note on it (another line, for another language).
                if let Some(phone) = phone {
                    <PhoneLine phone={phone.clone()} />
                }
                if let Some(note) = &step.note {
                    <p class="step-note">{ note }</p>
                }
                if let Some(url) = &step.source {
                    <SourceLink {guide} url={url.clone()} date={step.date.clone().map(AttrValue::from)} />
                }
            </div>
        </li>
    }
}

/// A check's cards under its heading; the fallback's heading says it is the fallback.
fn check_section(guide: GuideRef, check: &Check, body: Html) -> Html {
    let is_fallback = guide.meta.fallback.is(check);
    let heading_id = format!("check-{}", check.id);
    html! {
        <section class={classes!("check", is_fallback.then_some("fallback"))} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                if is_fallback { { &guide.ui.fallback } }
                { &check.title }
            </h3>
            { body }
        </section>
    }
}

/// See the module docs.
#[component]
pub fn StepCards(props: &StepCardsProps) -> Html {
    let (guide, result) = (props.guide, props.result);
    let ticks = use_ticks(guide.0, result);
    let card = |check: &Check, step: &Step, number: Option<usize>| step_card(guide, &ticks, check, step, number);
    let section = |check: &Check, body: Html| check_section(guide, check, body);

    let mut number = 0;
    let mut when = None;
    let numbered = guide
        .numbered_checks(result)
        .into_iter()
        .map(|check| {
            let first = number + 1;
            // A label where the time to act changes: today, in a few days, if it still fails.
            let label = (when != Some(check.when)).then(|| when_label(&guide.ui, check.when));
            when = Some(check.when);
            let cards = check
                .steps
                .iter()
                .map(|step| {
                    number += 1;
                    card(check, step, Some(number))
                })
                .collect::<Html>();
            html! {
                <>
                    if let Some(label) = label {
                        <p class="when-label">{ label }</p>
                    }
                    { section(check, html! { <ol class="step-list" start={first.to_string()}>{ cards }</ol> }) }
                </>
            }
        })
        .collect::<Html>();
    let folded = guide.folded_checks(result);
    let folded_steps: usize = folded.iter().map(|c| c.steps.len()).sum();
    // The fold names what it holds first, so that 「カードがないまま受診するとき」 is found.
    let first_folded = folded.first().map(|c| c.title.clone()).unwrap_or_default();
    let folded = folded
        .into_iter()
        .map(|check| {
            let cards = check.steps.iter().map(|step| card(check, step, None)).collect::<Html>();
            section(check, html! { <ul class="step-list">{ cards }</ul> })
        })
        .collect::<Html>();

    html! {
        // data-stored tells assets/boot.js where this device may keep ticks for the page, so
        // it starts the app at once to show them.
        <section class="steps" aria-labelledby="steps-heading" data-stored={ticks.key.clone()}>
            <h2 id="steps-heading">{ &guide.ui.steps_heading }</h2>
            <p class="hint">{ &guide.ui.steps_hint }</p>
            { numbered }
            if folded_steps > 0 {
                <details class="more-checks">
                    <summary>{ fill(&guide.ui.more_checks, &[("first", &first_folded), ("count", &folded_steps.to_string())]) }</summary>
                    { folded }
                </details>
            }
        </section>
    }
}
