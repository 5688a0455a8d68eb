//! What a person can send or say: the message, the phone script, the glossary on a page and the
//! calendar reminder, all made on the device from the data and the answers.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::{Day, End, Place, Voice};

#[test]
fn the_message_is_a_letter_in_the_persons_words() {
    let g = shipped();
    let walk = g.walk(&["portal", "not-found", "self", "job"]).unwrap();
    let End::Show(result) = walk.end else { panic!("a result") };
    let message = g.message(&walk, result, Voice::Own).expect("HR can be written to");
    assert!(message.starts_with("人事・総務ご担当者様\n\nマイナ保険証のことで、確認をお願いします。\n"), "{message}");
    // Each answer reads as a sentence, not as 「質問 → 答え」.
    assert!(
        message.contains(
            "【いまの状況】\nマイナポータルやスマホで、マイナ保険証の登録や表示がうまくいきません。\nマイナポータルで「資格情報が見つかりません」のような表示が出ました。\nわたし本人の保険のことです。\n"
        ),
        "{message}"
    );
    assert!(!message.contains('→') && !message.contains('?'), "no questions in the message: {message}");
    assert!(
        message.contains("【お聞きしたいこと】\n健康保険の加入の届出と、わたしのマイナンバーの提出は済んでいますか。")
    );
    // HR finds the person by name and date of joining; the insurer by its 記号・番号.
    assert!(
        message.contains(
            "【わたしの情報】\n・氏名:\n・生年月日:\n・入社日(または扶養に入った日):\n・前に入っていた保険(保険者名):"
        ),
        "HR's blanks: {message}"
    );
    let walk = g.walk(&["clinic", "not-recognized", "earlier", "no"]).unwrap();
    let End::Show(insurer) = walk.end else { panic!("a result") };
    let to_insurer = g.message(&walk, insurer, Voice::Own).unwrap();
    assert!(to_insurer.contains("・保険者名:\n・記号・番号:\n・氏名:\n・生年月日:"), "the insurer's: {to_insurer}");
    assert!(message.ends_with("よろしくお願いいたします。"));
}

#[test]
fn a_forwarded_link_without_answers_still_says_the_situation() {
    let g = shipped();
    let walk = g.resolve(&"/r/after-insurance-change/".parse().unwrap()).unwrap();
    let End::Show(result) = walk.end else { panic!("a result") };
    let message = g.message(&walk, result, Voice::Own).unwrap();
    assert!(
        message
            .contains("【いまの状況】\n「就職・転職・扶養の変更のあとで、新しい保険に紐づかない」という状況です。\n"),
        "{message}"
    );
}

/// A message is offered only where it can be sent: a telephone line or a counter is called or
/// visited, so those results offer the phone script alone.
#[test]
fn no_message_for_a_phone_line_or_a_counter() {
    let g = shipped();
    for id in ["card-lost", "phone-lost", "not-registered", "pin-forgotten", "visit-soon", "face-auth-trouble"] {
        let walk = g.resolve(&Place::result(id)).unwrap();
        let End::Show(result) = walk.end else { panic!("a result") };
        assert_eq!(g.message(&walk, result, Voice::Own), None, "{id} is asked by phone or at a counter");
    }
    for r in &g.results {
        let dear = r.ask.dear.as_deref();
        let by_phone = ["フリーダイヤル", "窓口", "医療機関", "病院・薬局", "ケースワーカー"]
            .iter()
            .any(|w| r.ask.to.contains(w) && !r.ask.to.contains("人事・総務") && !r.ask.to.contains("保険者"));
        assert_eq!(dear.is_none(), by_phone, "{}: to {:?}, dear {dear:?}", r.id, r.ask.to);
        if let Some(dear) = dear {
            assert!(dear.ends_with("ご担当者様"), "{}: {dear}", r.id);
        }
    }
}

/// Every answer says, in a sentence, what it means for the person sending the message.
#[test]
fn every_answer_is_a_sentence_in_the_persons_words() {
    let g = shipped();
    for q in &g.questions {
        for a in &q.answers {
            assert!(a.says.ends_with('。'), "{}/{}: {}", q.id, a.id, a.says);
            assert!(!a.says.contains('?'), "{}/{}: {}", q.id, a.id, a.says);
        }
    }
}

#[test]
fn the_phone_script_reads_out_the_situation_the_question_and_the_blanks() {
    let g = shipped();
    let script = g.phone_script(g.result("after-leaving-job").unwrap(), Voice::Own);
    assert_eq!(script[0], "マイナ保険証のことで相談があります。");
    assert_eq!(script[1], "「会社の保険から外れたあと(国民健康保険・任意継続)」という状況です。");
    assert!(script[2].contains("国民健康保険に入りたい"));
    assert_eq!(script[3], "保険者名は(　　　　)です。");
}

#[test]
fn every_result_asks_someone_something() {
    let g = shipped();
    for r in &g.results {
        assert!(r.ask.question.ends_with('。') || r.ask.question.ends_with('?'), "{}: {}", r.id, r.ask.question);
    }
}

#[test]
fn a_page_explains_the_words_it_uses_in_the_order_they_appear() {
    let g = shipped();
    let terms: Vec<&str> =
        g.terms_on(g.result("after-insurance-change").unwrap()).iter().map(|t| t.term.as_str()).collect();
    assert_eq!(
        terms,
        ["保険者", "マイナポータル", "資格情報", "資格情報のお知らせ", "資格確認書", "被保険者資格申立書"]
    );
    let terms: Vec<&str> = g.terms_on(g.result("card-lost").unwrap()).iter().map(|t| t.term.as_str()).collect();
    assert!(terms.contains(&"一時利用停止") && terms.contains(&"資格確認書"), "{terms:?}");
    assert!(!terms.contains(&"任意継続"), "only words the page uses: {terms:?}");
}

#[test]
fn an_english_page_finds_its_words_whatever_their_case() {
    let en = myna_diagnosis::diagnosis::guide(myna_diagnosis::diagnosis::Lang::En).unwrap();
    let result = en.result("after-leaving-job").unwrap();
    assert!(result.summary.contains("voluntary continuation") || result.summary.contains("Voluntary continuation"));
    let terms: Vec<&str> = en.terms_on(result).iter().map(|t| t.term.as_str()).collect();
    assert!(terms.contains(&"voluntary continuation"), "{terms:?}");
    // Every use on the page starting a sentence: still the same word.
    let mut capital = en.clone();
    let up = |t: &mut String| *t = t.replace("voluntary continuation", "Voluntary continuation");
    capital.results.iter_mut().for_each(|r| (up(&mut r.title), up(&mut r.summary)).1);
    capital.checks.iter_mut().flat_map(|c| c.steps.iter_mut()).for_each(|s| up(&mut s.text));
    let page = capital.result("after-leaving-job").unwrap();
    assert!(!format!("{}{}", page.title, page.summary).contains("voluntary continuation"));
    let terms: Vec<&str> = capital.terms_on(page).iter().map(|t| t.term.as_str()).collect();
    assert!(terms.contains(&"voluntary continuation"), "a term that starts a sentence is found: {terms:?}");
}

#[test]
fn days_add_across_months_years_and_leap_days() {
    let d = |year, month, day| Day { year, month, day };
    assert_eq!(d(2026, 11, 27).plus(7), d(2026, 12, 4));
    assert_eq!(d(2026, 12, 29).plus(7), d(2027, 1, 5));
    assert_eq!(d(2028, 2, 28).plus(1), d(2028, 2, 29));
    assert_eq!(d(2027, 2, 28).plus(1), d(2027, 3, 1));
    assert_eq!(d(2026, 1, 31).plus(0), d(2026, 1, 31));
}

#[test]
fn the_reminder_is_an_all_day_event_on_the_day_to_check_again() {
    let g = shipped();
    let r = g.result("waiting-for-insurer").unwrap();
    let ics = r
        .reminder(
            Day { year: 2026, month: 12, day: 28 },
            "https://example.org/r/waiting-for-insurer/",
            &g.ui.reminder_title,
        )
        .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270105\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:マイナ保険証が使えるか、もう一度確かめる\r\n"));
    assert!(ics.contains(
        "DESCRIPTION:健康保険の窓口(保険者)の手続きを待っている\\nhttps://example.org/r/waiting-for-insurer/\r\n"
    ));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        g.result("pin-locked").unwrap().reminder(Day { year: 2026, month: 1, day: 1 }, "x", &g.ui.reminder_title),
        None,
        "no wait, no reminder"
    );
}

/// A daughter writing for her father: the message and the phone script say whose card it is and
/// that she speaks for him, and no sentence says 「わたしの」 of his records.
#[test]
fn a_family_member_writes_and_calls_on_the_persons_behalf() {
    let g = shipped();
    let walk = g.walk(&["clinic", "not-recognized", "earlier", "no"]).unwrap();
    let End::Show(result) = walk.end else { panic!("a result") };
    assert_eq!(g.voice_of(&walk), Voice::Own);
    let own = g.message(&walk, result, Voice::Own).unwrap();
    let father = g.message(&walk, result, Voice::For("父")).unwrap();
    assert!(own.contains("わたしの資格") && own.contains("【わたしの情報】"), "{own}");
    assert!(
        father.contains("父のマイナ保険証のことで、確認をお願いします。本人に代わって連絡しています。"),
        "{father}"
    );
    assert!(father.contains("本人の資格とマイナンバー") && father.contains("【本人(父)の情報】"), "{father}");
    assert!(!father.contains("わたしの") && !father.contains("わたしは"), "{father}");
    let script = g.phone_script(result, Voice::For("母"));
    assert_eq!(script[0], "母のマイナ保険証のことで相談があります。本人に代わってお電話しています。");
    assert!(script.iter().any(|l| l == "本人の記号・番号は(　　　　)です。"), "{script:?}");
    assert_eq!(script[1], "わたしは本人の家族で、名前は(　　　　)です。", "who is calling");
    assert!(father.contains("・連絡している家族の名前・続柄:"), "who is writing: {father}");
    assert!(!own.contains("連絡している家族"), "{own}");
    // Someone who said at the start that they look things up for family starts on the family's behalf.
    let family = g.walk(&["for-family", "clinic", "none"]).unwrap();
    assert_eq!(g.voice_of(&family), Voice::For("家族"));
    // A parent writing about their own dependant writes for themself, to their own HR.
    assert_eq!(g.voice_of(&g.walk(&["for-family", "dependent"]).unwrap()), Voice::Own);
}
