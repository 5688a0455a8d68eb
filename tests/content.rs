//! Every fact of the seed guide (the source article, as of 2025-12-01) is in the data, found by
//! id; later facts carry dates and sources; the seed's shopping promotion is not there.

mod common;

use common::{assert_contains, shipped};
use myna_diagnosis::diagnosis::{is_official_source, Cause, Check, Guide, Outcome, Phone, Scene, GUIDE_JSON};

fn cause_text(g: &Guide, id: &str) -> String {
    let c = g.named::<Cause>(id).unwrap_or_else(|| panic!("no cause {id}"));
    format!("{} {}", c.title, c.detail)
}

fn check_text(g: &Guide, id: &str) -> String {
    let c = g.named::<Check>(id).unwrap_or_else(|| panic!("no check {id}"));
    c.steps.iter().map(|s| format!("{} {}", s.text, s.note.as_deref().unwrap_or(""))).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_seed_table_row_by_row() {
    let g = shipped();
    let rows = [
        (
            "portal",
            "マイナポータルでの申込",
            "「資格情報が見つかりません」などの表示",
            ["insurer-data-outdated", "mynumber-not-submitted"].as_slice(),
            "check-insurer-number",
        ),
        (
            "clinic",
            "医療機関のカードリーダー",
            "マイナ保険証として認識されない",
            ["link-pending", "terminal-trouble"].as_slice(),
            "check-application-date",
        ),
        ("app", "スマホアプリ", "保険情報が表示されない・読み取りエラー", ["phone-nfc-app"].as_slice(), "check-phone"),
    ];
    for (id, label, symptom, causes, first_check) in rows {
        let s = g.named::<Scene>(id).unwrap();
        assert_eq!((s.label.as_str(), s.symptom.as_str(), s.first_check.as_str()), (label, symptom, first_check));
        assert_eq!(s.causes, causes);
    }
    assert_contains(&check_text(g, "check-insurer-number"), &["保険者名・記号・番号"], "the portal's first check");
    // The seed's 「申込完了日時と反映までの日数を確認」, corrected: a completed registration works at
    // once, so the check is whether it is registered, and if so the insurer is asked now.
    assert_contains(
        &check_text(g, "check-application-date"),
        &["「未登録」", "すぐに使えます", "保険者"],
        "the clinic's first check",
    );
    assert!(g.contacts.memo.iter().any(|m| m.contains("申し込んだ日")), "the date of applying is in the memo");
    assert_contains(
        &check_text(g, "check-phone"),
        &["対応機種一覧", "OS", "アプリを最新", "NFC"],
        "the app's first check",
    );
    assert_contains(&cause_text(g, "phone-nfc-app"), &["NFC", "アプリ", "対応機種"], "the app's causes");
    assert_contains(&cause_text(g, "terminal-trouble"), &["受付の機械"], "the terminal cause");
}

#[test]
fn the_seed_triage_hints_are_questions() {
    let g = shipped();
    let labels =
        |id: &str| g.question(id).unwrap().answers.iter().map(|a| a.label.clone()).collect::<Vec<_>>().join(" ");
    assert_contains(&labels("where"), &["マイナポータル", "受付", "スマホ"], "where it fails (申込時か受診時か)");
    assert_contains(
        &labels("portal-change"),
        &["転職", "扶養", "名字", "引っ越", "会社をやめて", "75歳"],
        "recent changes",
    );
    assert_contains(&labels("portal-whose"), &["本人", "扶養"], "whose insurance");
    assert_contains(&labels("portal-submitted"), &["提出していない", "提出した"], "My Number submitted");
    assert_contains(
        &labels("clinic-change"),
        &["転職", "扶養", "名字", "引っ越し", "会社をやめて", "75歳", "どれもない"],
        "recent changes at the clinic",
    );
}

#[test]
fn the_seed_cause_patterns() {
    let g = shipped();
    assert_contains(
        &cause_text(g, "record-mismatch"),
        &["マイナンバー・氏名・生年月日", "旧姓", "扶養に入ったばかり", "別の保険者"],
        "mismatch",
    );
    assert_contains(&cause_text(g, "mynumber-not-submitted"), &["提出していない", "事務処理中"], "not submitted");
    assert_contains(
        &check_text(g, "check-personal-info"),
        &["氏名・生年月日", "住所", "結婚・離婚", "両方"],
        "personal info checks",
    );
    assert_contains(&check_text(g, "check-mynumber-submitted"), &["提出済み"], "My Number submitted check");
}

#[test]
fn the_seed_redo_procedure_with_the_real_mynaportal_path() {
    let g = shipped();
    let steps: Vec<&str> = g.named::<Check>("portal-redo").unwrap().steps.iter().map(|s| s.text.as_str()).collect();
    assert!(steps[0].contains("トップの「証明書」→「健康保険証」"), "{}", steps[0]);
    assert!(steps[1].contains("「未登録」") && steps[1].contains("保険の名前"), "{}", steps[1]);
    assert!(steps[2].contains("(保険者)に連絡"));
    assert!(steps[3].contains("ブラウザやマイナポータルアプリを最新"));
    assert!(steps[4].contains("暗証番号") && steps[4].contains("もう一度利用登録"));
    // The seed's menu name is not an official label and must not be presented as one.
    assert!(!GUIDE_JSON.contains("利用登録を確認・変更する"));
    assert_contains(&check_text(g, "pin-help"), &["顔認証", "市区町村の窓口", "目視確認"], "PIN lock");
    assert_contains(&check_text(g, "reader-fault-steps"), &["読み取れない", "汚れ", "作り直し"], "reading errors");
}

/// The seed's 「一度解除して再登録」 is reachable, corrected: cancelling is a written request to
/// the insurer, does not fix a new insurer's record, and is never a numbered (early) step.
#[test]
fn cancelling_is_explained_and_never_an_early_step() {
    let g = shipped();
    let cancel = g.named::<Check>("cancel-registration").unwrap();
    let text = check_text(g, "cancel-registration");
    assert_contains(
        &text,
        &["保険者が変わっても", "解除しても直りません", "書面", "資格確認書が届きます", "一度解除して、登録し直す"],
        "cancelling",
    );
    assert!(cancel.steps.iter().all(|s| s.source.is_none() || s.checked.is_some()));
    for r in &g.results {
        assert!(!r.checks.iter().any(|c| c.is(cancel)), "{} offers cancelling as a numbered step", r.id);
    }
    let offered: Vec<&str> =
        g.results.iter().filter(|r| r.more.iter().any(|c| c.is(cancel))).map(|r| r.id.as_str()).collect();
    assert_eq!(offered, ["wrong-insurer-shown", "check-registration", "record-mismatch"]);
}

#[test]
fn the_seed_cases_for_the_insurer_or_employer_and_the_memo() {
    let g = shipped();
    assert_contains(
        &cause_text(g, "cannot-fix-yourself"),
        &["保険者名がまったく違う", "資格を失った古い保険", "家族の資格情報だけ"],
        "cases you cannot fix",
    );
    assert_contains(
        &check_text(g, "contact-insurer"),
        &["人事・総務", "マイナンバーが、保険者に正しく届いているか", "保険者名・記号・番号"],
        "contacting",
    );
    assert_eq!(g.contacts.memo, ["保険者名", "記号・番号", "氏名", "生年月日", "マイナ保険証を申し込んだ日(分かれば)"]);
    assert_contains(
        &g.contacts.memo_ready,
        &["マイナンバーカード", "資格確認書", "資格情報のお知らせ", "手元に用意"],
        "have ready",
    );
    let kinds: Vec<&str> = g.contacts.insurers.iter().map(|i| i.kind.as_str()).collect();
    assert_eq!(kinds, ["協会けんぽ", "健康保険組合・共済組合", "国民健康保険", "後期高齢者医療"]);
    assert!(g.contacts.insurers[1].counter.contains("人事・総務"));
    assert!(g.contacts.insurers[2].counter.contains("市区町村"));
    assert_eq!(g.contacts.phones, ["myna-dial", "myna-dial-stop", "myna-dial-foreign", "myna-dial-foreign-stop"]);
}

#[test]
fn the_seed_fallback_before_a_visit_updated_for_today() {
    let g = shipped();
    assert_eq!(g.meta.fallback, "before-visit");
    let text = check_text(g, "before-visit");
    assert_contains(
        &text,
        &[
            "資格確認書",
            "資格情報のお知らせ",
            "お知らせだけでは受診できません",
            "2025年12月2日から使えません",
            "医療機関へ",
            "放っておかず",
        ],
        "fallback",
    );
    let bring = &g.named::<Check>("before-visit").unwrap().steps[0];
    assert_eq!(bring.date.as_deref(), Some("2025-12-02"));
    assert!(!text.contains("紙の保険証も"), "the paper card is no longer advice");
}

/// The desk screen lists only what reception accepts: the お知らせ and the portal screen only
/// together with the card, the 資格確認書 on its own, the 申立書 as the last resort.
#[test]
fn the_desk_view_says_exactly_what_reception_accepts() {
    let g = shipped();
    let items = &g.desk.items;
    assert_eq!(items.len(), 4);
    assert!(items[0].starts_with("マイナンバーカードと、マイナポータルの資格情報の画面"));
    assert!(
        items[1].starts_with("マイナンバーカードと、「資格情報のお知らせ」")
            && items[1].contains("お知らせだけでは確認できません")
    );
    assert!(items[2].starts_with("資格確認書") && items[2].contains("これだけで"));
    assert!(items[3].contains("被保険者資格申立書"));
    assert!(items.iter().all(|i| !i.contains("保険証(")), "no paper card on the desk screen");
    assert!(g.desk.sources.len() >= 2, "each item is backed by a source staff can open");
}

#[test]
fn later_facts_carry_dates_and_sources_and_the_notice_is_there() {
    let g = shipped();
    let ids: Vec<&str> = g.facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        ["late-elderly-2026-08", "temporary-handling-ended", "paper-card-ended", "kakunin-without-application"]
    );
    assert!(g.meta.notice.contains("2025年12月1日時点") && g.meta.notice.contains("制度は変わることがある"));
    assert_eq!(g.meta.checked, "2026-12-04");
    assert_contains(&cause_text(g, "pin-or-card-reading"), &["3回"], "PIN lock");
}

/// The temporary handling ended on 2026-03-31: it is called by its official name, said to have
/// ended, and nothing calls it 経過措置 any more.
#[test]
fn the_temporary_handling_is_said_to_have_ended() {
    let g = shipped();
    let f = g.facts.iter().find(|f| f.id == "temporary-handling-ended").unwrap();
    assert_eq!(f.until.as_deref(), Some("2026-03-31"));
    assert_contains(&f.text, &["暫定的な取扱い", "2026年3月31日で終了しました"], "the ended rule");
    assert!(!GUIDE_JSON.contains("経過措置"));
}

/// Reflection delays are no longer one insurer's figures presented as general: the general rule
/// (5 days for the employer, 5 for the insurer) has its source. A person's own registration works
/// at once, so a failure right after it is the insurer's missing record, never "wait a few days".
#[test]
fn reflection_delays_are_the_general_rule_not_one_insurers_figures() {
    let g = shipped();
    for figure in ["8〜14日", "1〜2日", "2〜3開庁日"] {
        assert!(!GUIDE_JSON.contains(figure), "{figure} is a single insurer's figure");
    }
    assert_contains(&cause_text(g, "insurer-data-outdated"), &["5日以内"], "the insurer's rule");
    assert_contains(&cause_text(g, "link-pending"), &["資格情報なし", "新しい加入の情報"], "own registration");
    assert!(!cause_text(g, "link-pending").contains("保険者によって違います"));
    let just_registered = g.result("waiting-for-reflection").unwrap();
    assert_eq!(just_registered.recheck_days, None, "no reminder to wait after registering");
    assert!(just_registered.summary.contains("すぐに使えます") && just_registered.summary.contains("待たずに"));
    assert!(
        !cause_text(g, "link-pending").contains("保険者が書類"),
        "own registration is not the insurer's processing"
    );
}

/// The certificate lives until the 5th birthday after issue, not "5 years".
#[test]
fn the_certificate_life_is_the_fifth_birthday() {
    let g = shipped();
    assert_contains(&cause_text(g, "certificate-expired"), &["発行日から5回目の誕生日"], "certificate");
    assert_contains(
        &check_text(g, "certificate-check"),
        &["発行日から5回目の誕生日", "3か月後の月末まで", "市区町村の窓口で更新"],
        "certificate check",
    );
    assert!(!GUIDE_JSON.contains("有効期限は5年"));
}

/// The hotline's hours include the new-year closure, and loss or theft has its 24-hour line.
#[test]
fn the_hotline_hours_and_the_loss_line() {
    let g = shipped();
    let dial = g.named::<Phone>("myna-dial").unwrap();
    assert_eq!(dial.number, "0120-95-0178");
    assert_contains(&dial.hours, &["平日 9:30〜20:00", "土日祝 9:30〜17:30", "12月29日〜1月3日は休み"], "hours");
    let stop = g.named::<Phone>("myna-dial-stop").unwrap();
    assert_contains(&stop.hours, &["24時間365日", "2番"], "loss line");
    let lost = g.named::<Check>("card-lost-steps").unwrap();
    assert_eq!(
        lost.steps[0].call.as_ref().map(|c| c.as_str()),
        Some("myna-dial-stop"),
        "stopping the card comes first, with the number"
    );
}

/// Every source address a result's page cites: its causes, the counter box (where it has one)
/// and its steps, numbered and folded. (The contacts and the dated facts are pages of their own.)
fn sources_shown<'g>(g: &'g Guide, result: &'g Outcome) -> Vec<&'g str> {
    let causes = result.causes.iter().map(|id| g.get(id)).filter_map(|c| c.source.as_deref());
    let counter = result.desk.then(|| g.get(&g.meta.counter));
    let steps = counter
        .into_iter()
        .chain(g.checks_shown(result))
        .flat_map(|c| c.steps.iter().filter_map(|s| s.source.as_deref()));
    causes.chain(steps).collect()
}

/// At least 90 % of the source links each result page shows are official pages (the desk view,
/// the numbers and the dated facts must be: validation refuses anything else).
#[test]
fn most_sources_a_result_shows_are_official() {
    let g = shipped();
    let (mut official, mut all) = (0, 0);
    for r in &g.results {
        for url in sources_shown(g, r) {
            all += 1;
            official += usize::from(is_official_source(url));
        }
    }
    let share = official as f64 / all as f64;
    println!("{official} of {all} shown sources are official ({:.1} %)", share * 100.0);
    assert!(share >= 0.9, "{official} of {all} shown sources are official ({:.0} %)", share * 100.0);
}

/// Reprints and news are replaced by the official originals they quote.
#[test]
fn no_reprint_or_news_where_the_original_is_official() {
    for host in ["wic-net.com", "ascii.jp", "hodanren.doc-net.or.jp", "fujifilm-kenpo.or.jp"] {
        assert!(!GUIDE_JSON.contains(host), "{host} is cited; cite the official original instead");
    }
}

/// Words a worried reader stumbles on are said plainly where they first appear: 保険者 with what
/// it is (「加入している健康保険の窓口(保険者)」), 目視確認 with what happens.
#[test]
fn hard_words_are_explained_where_a_result_first_uses_them() {
    let g = shipped();
    for r in &g.results {
        let mut text = vec![r.title.clone(), r.summary.clone()];
        let counter = r.desk.then(|| g.get(&g.meta.counter));
        for check in counter.into_iter().chain(g.numbered_checks(r)) {
            text.extend(check.steps.iter().map(|s| s.text.clone()));
        }
        let text = text.join("\n");
        // The first 保険者 that is not part of 被保険者.
        let first = text.match_indices("保険者").find(|(at, _)| !text[..*at].ends_with('被'));
        if let Some((at, _)) = first {
            let explained =
                text[..at].ends_with("健康保険の窓口(") || text[at..].starts_with("保険者(加入している健康保険の窓口)");
            let before: String = text[..at].chars().rev().take(20).collect::<Vec<_>>().into_iter().rev().collect();
            assert!(explained, "{}: 保険者 is not explained where it first appears: …{before}保険者…", r.id);
        }
    }
    for c in &g.checks {
        for s in c.steps.iter().filter(|s| s.text.contains("目視")) {
            assert!(s.text.contains("カードの写真と顔を見比べる確認(目視確認)"), "{}/{}: {}", c.id, s.id, s.text);
        }
    } // The counter box opens every desk result: its words are said plainly there, not only in the
      // glossary further down.
    let counter = check_text(g, &g.meta.counter);
    assert_contains(
        &counter,
        &["資格情報(入っている保険の情報)", "「被保険者資格申立書」(入っている保険のことを書く用紙)"],
        "the counter box",
    );
}

/// Every reason for which an insurer issues a 資格確認書 reaches a result that names it.
#[test]
fn every_reason_for_a_kakunin_reaches_a_result_that_names_it() {
    let g = shipped();
    let shown = |id: &str| {
        let r = g.result(id).unwrap_or_else(|| panic!("no result {id}"));
        let steps = g.checks_shown(r).into_iter().flat_map(|c| c.steps.iter().map(|s| s.text.as_str()));
        std::iter::once(r.summary.as_str()).chain(steps).collect::<Vec<_>>().join("\n")
    };
    let reasons = [
        ("no card", "kakunin-missing", "カードがない"),
        ("not registered", "kakunin-missing", "利用登録をしていない"),
        ("registration cancelled", "kakunin-missing", "登録を解除した"),
        ("certificate expired", "kakunin-missing", "電子証明書の更新を忘れた"),
        ("card returned", "kakunin-missing", "カードを返納した"),
        ("card lost", "card-lost", "カードをなくした人は申請できます"),
        ("card being renewed", "card-expired", "カードを更新中の人は申請できます"),
        ("needs help", "face-auth-trouble", "受診に介助が必要な人"),
        ("needs help", "for-family", "受診に介助が必要な人"),
    ];
    for (reason, result, phrase) in reasons {
        assert!(shown(result).contains(phrase), "{reason}: {result} should say {phrase:?}");
    }
    assert!(shown("face-auth-trouble").contains("それ以外の人が申請できるかは、保険者によって違います"));
}

/// The page a stale copy points to is official, and the note is dated from the data's check.
/// A shared result is read by someone else; where its steps are a parent's or the insured
/// person's (a newborn, a dependent), the note says who does them.
#[test]
fn a_sent_result_names_who_does_its_steps() {
    let g = shipped();
    let sent = |id: &str| g.result(id).unwrap().sent.clone().unwrap_or_else(|| g.reading.sent.clone());
    assert!(sent("pin-locked").contains("この結果の本人がすること"));
    assert!(sent("newborn").contains("子どもを保険に入れる手続きをする人(親など)がすること"));
    assert!(sent("family-record").contains("家族を保険に入れる手続きをする人"));
    for r in g.results.iter().filter(|r| r.sent.is_some()) {
        assert!(r.sent.as_deref().unwrap().starts_with("送られてきた結果です。"), "{}", r.id);
    }
}

/// The 申立書 gives the usual share only to a person who is insured (MHLW 保発0710第1号 別添3:
/// 「有効な保険証が発行されているにもかかわらず」); the desk view must not promise it to someone
/// whose enrolment is not done (after leaving a job, after a move).
#[test]
fn the_desk_view_offers_the_usual_share_on_the_form_only_to_the_insured() {
    let g = shipped();
    let form = g.desk.items.iter().find(|i| i.contains("被保険者資格申立書")).expect("the form is offered");
    assert!(form.contains("保険に加入していれば、ふだんの負担割合"), "{form}");
}

#[test]
fn the_note_for_an_old_copy_points_to_an_official_page() {
    let g = shipped();
    assert!(is_official_source(&g.meta.stale.source), "{}", g.meta.stale.source);
    assert!(g.meta.stale.text.contains("半年以上"));
    assert_eq!(g.stale_from().map(|d| d.to_string()).as_deref(), Some("2027-06-05"));
}

#[test]
fn official_sources_are_recognised_by_their_host() {
    for url in [
        "https://www.mhlw.go.jp/stf/newpage_50657.html",
        "https://www2.jpki.go.jp/faq/digital_id.html",
        "https://www.city.mitaka.lg.jp/c_service/114/114410.html",
        "https://www.vill.tokai.ibaraki.jp/x.html",
        "https://www.kyoukaikenpo.or.jp/shibu/tokyo/",
        "https://www.tomiya-city.miyagi.jp/kurashi/koseki/mynumber/mnc-lost.html",
        "https://www.kojinbango-card.go.jp/tag/8/",
    ] {
        assert!(is_official_source(url), "{url}");
    }
    for url in [
        "https://ascii.jp/elem/000/004/316/4316751/",
        "https://www.fujifilm-kenpo.or.jp/news/5611/",
        "https://city.example.com/",
        "https://www.toyotakenpo.jp/health_insurance/hokensyojouhou_kakunin",
    ] {
        assert!(!is_official_source(url), "{url}");
    }
}

/// The seed's shopping promotion is advertising, not guidance: it must not reach the app.
#[test]
fn no_promotion_in_the_data() {
    for word in ["楽天", "セール", "お得", "affiliate", "http://"] {
        assert!(!GUIDE_JSON.contains(word), "the data contains {word:?}");
    }
}

/// The page about the information lists what changed most recently first, in the data's order
/// (by the day a rule ended, if it has, otherwise the day it took effect; a sort in the browser
/// would cost the wasm more than the list).
#[test]
fn dated_facts_are_listed_newest_first() {
    let g = shipped();
    let days: Vec<&str> = g.facts.iter().map(|f| g.ended(f.until.as_deref()).unwrap_or(&f.date)).collect();
    let mut sorted = days.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(days, sorted);
    assert_eq!(days.len(), g.facts.len());
}
