//! A result: the diagnosis, its likely causes, numbered step cards, the fallback, who to contact,
//! the answers given, and a way to send or keep the link.

use super::{BrokenData, BrokenLink};
use crate::components::summary::AnsweredRow;
use crate::components::{
    use_page_heading, use_query, AnswerSummary, AppLink, CauseList, CheckedLine, ContactPanel, CounterBox, DatedFacts,
    PhoneLine, SendWords, ShareButton, Shell, StepCards, TermList,
};
use crate::diagnosis::{guide, Answers, End, Place};
use yew::prelude::*;

/// Props of [`ResultPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultPageProps {
    /// The result id from the link.
    pub id: AttrValue,
}

/// See the module docs.
#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let guide = guide();
    let query = use_query();
    let place = Answers::from_query(&query).map(|answers| Place::Result { id: props.id.to_string(), answers });
    let walk = match (&guide, &place) {
        (Ok(g), Ok(p)) => Some(g.resolve(p)),
        _ => None,
    };
    let title = match &walk {
        Some(Ok(w)) => match w.end {
            End::Show(r) => r.title.clone(),
            End::Ask(q) => q.text.clone(),
        },
        _ => "リンクを開けませんでした".to_string(),
    };
    let heading = use_page_heading(&title);

    let guide = match guide {
        Ok(g) => g,
        Err(e) => return html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    };
    let Some(Ok(walk)) = walk else {
        // The result may still exist even if the answers in the link are out of date.
        let known = guide.result_or_alias(&props.id).map(|r| AttrValue::from(r.id.clone()));
        return html! { <BrokenLink result={known} /> };
    };
    let End::Show(result) = walk.end else { return html! { <BrokenLink /> } };

    let stable = Place::Result { id: result.id.clone(), answers: None }.path();
    // The desk view keeps the answers, so coming back shows them again.
    let desk = format!("{}{query}", Place::Desk(result.id.clone()).path());
    let back = guide.back_link(&walk);
    let first_step = guide.first_action(result);
    let first_call = first_step.and_then(|s| s.call.as_deref()).and_then(|id| guide.phone(id));
    let causes: Vec<AttrValue> = result.causes.iter().map(|c| AttrValue::from(c.clone())).collect();

    let message = guide.message(&walk, result);
    let id = AttrValue::from(result.id.clone());

    html! {
        <Shell>
            <p class="eyebrow">{ "診断結果" }</p>
            <h1 ref={heading} tabindex="-1">{ &result.title }</h1>
            <p class="lead">{ &result.summary }</p>
            <CheckedLine />
            // What to do first, before anything else: at the counter, what happens at this
            // visit; elsewhere, the first step, with the number to call if it is a call.
            if result.desk {
                <CounterBox desk={AttrValue::from(desk)} />
            } else if let Some(step) = first_step {
                <div class="first-step">
                    <p><strong>{ "まずやること: " }</strong>{ &step.text }</p>
                    if let Some(phone) = first_call {
                        <PhoneLine phone={phone.clone()} />
                    }
                </div>
            }
            <ShareButton title={AttrValue::from(result.title.clone())} path={AttrValue::from(stable.clone())} />
            <CauseList {causes} />
            <TermList result_id={id.clone()} />
            <StepCards result_id={id.clone()} />
            <SendWords message={AttrValue::from(message)} result_id={id} path={AttrValue::from(stable)} />
            <ContactPanel />
            <AnswerSummary rows={AnsweredRow::of(guide, &walk)} />
            <nav class="result-nav no-print" aria-label="移動">
                if let Some(back) = back {
                    <AppLink to={back} class="button secondary">{ "← 前の質問に戻る" }</AppLink>
                }
                <AppLink to="/" class="button secondary">{ "最初からやり直す" }</AppLink>
            </nav>
            <DatedFacts />
        </Shell>
    }
}
