//! Numbered step cards, one action each, with a check box remembered on this device only.

use super::SourceLink;
use crate::diagnosis::{guide, Check, Guide, Outcome, Ticks};
use yew::prelude::*;

/// Props of [`StepCards`].
#[derive(Properties, PartialEq, Clone)]
pub struct StepCardsProps {
    /// The result whose checks (and then the fallback) become cards.
    pub result_id: AttrValue,
}

/// The checks a result shows: its own, then the guide's fallback unless it already has it.
pub fn checks_of<'g>(guide: &'g Guide, result: &Outcome) -> Vec<&'g Check> {
    let mut ids: Vec<&str> = result.checks.iter().map(String::as_str).collect();
    if !ids.contains(&guide.meta.fallback.as_str()) {
        ids.push(&guide.meta.fallback);
    }
    ids.into_iter().filter_map(|id| guide.check(id)).collect()
}

/// This device's storage; none when rendering static pages at build time.
fn storage() -> Option<web_sys::Storage> {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window().local_storage().ok().flatten()
    } else {
        None
    }
}

/// See the module docs.
#[component]
pub fn StepCards(props: &StepCardsProps) -> Html {
    let guide = guide().ok();
    let result = guide.and_then(|g| g.result(&props.result_id));
    let key = Ticks::storage_key(&props.result_id);
    let ticks = {
        let key = key.clone();
        use_state(move || match (guide, result) {
            (Some(g), Some(r)) => {
                let stored = storage().and_then(|s| s.get_item(&key).ok().flatten());
                Ticks::restore(stored.as_deref(), g, r)
            }
            _ => Ticks::default(),
        })
    };
    let (Some(guide), Some(result)) = (guide, result) else { return Html::default() };

    let toggle = |step_key: String| {
        let ticks = ticks.clone();
        let key = key.clone();
        Callback::from(move |_: Event| {
            let next = ticks.toggled(&step_key);
            // Storage may be full or disabled; the tick still shows for this visit.
            if let Some(s) = storage() {
                let _ = s.set_item(&key, &next.to_stored());
            }
            ticks.set(next);
        })
    };

    let mut number = 0;
    let sections = checks_of(guide, result).into_iter().map(|check| {
        let first = number + 1;
        let is_fallback = check.id == guide.meta.fallback;
        let heading_id = format!("check-{}", check.id);
        let cards = check.steps.iter().map(|step| {
            number += 1;
            let step_key = Ticks::step_key(&check.id, &step.id);
            let input_id = format!("step-{}-{}", check.id, step.id);
            let done = ticks.is_done(&step_key);
            html! {
                <li class={classes!("step-card", done.then_some("done"))}>
                    <span class="step-number" aria-hidden="true">{ number }</span>
                    <div class="step-body">
                        <input type="checkbox" id={input_id.clone()} checked={done} onchange={toggle(step_key)} />
                        <label for={input_id}>{ &step.text }</label>
                        if let Some(note) = &step.note {
                            <p class="step-note">{ note }</p>
                        }
                        if let Some(url) = &step.source {
                            <SourceLink url={url.clone()} date={step.date.clone().map(AttrValue::from)} />
                        }
                    </div>
                </li>
            }
        }).collect::<Html>();
        html! {
            <section class={classes!("check", is_fallback.then_some("fallback"))} aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>
                    if is_fallback { { "それでも使えないとき: " } }
                    { &check.title }
                </h3>
                <ol class="step-list" start={first.to_string()}>{ cards }</ol>
            </section>
        }
    }).collect::<Html>();

    html! {
        <section class="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{ "やること(上から順に)" }</h2>
            <p class="hint">{ "終わったらチェックを入れてください。チェックはこの端末にだけ保存されます。" }</p>
            { sections }
        </section>
    }
}
