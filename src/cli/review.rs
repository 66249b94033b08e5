//! check and stats.

use std::io::Write;
use std::process::ExitCode;

use super::args::{CheckArgs, RemindArgs, StatsArgs};
use super::progress::Progress;
use super::{Context, IssueRef, emit};
use crate::error::{Error, Result, read_date};
use crate::export::{Block, blocks_docx, write_atomic};
use crate::i18n::{Key, t, tf};
use crate::layout::Metric;
use crate::model::ItemId;
use crate::review::{describe, fix_items, issue_and_items, items};
use crate::stats::{
    Period, Report, aligned, compute, csv, explain, explanation, footnote, notice, notice_docx,
    notice_parts, report, report_parts,
};

pub fn check(ctx: &Context, args: CheckArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if args.rules {
        return rules(ctx, out).map(|()| ExitCode::SUCCESS);
    }
    let issue = args.issue.map(|number| IssueRef {
        number,
        series: args.series,
        year: args.year,
        supplement: args.supplement,
    });
    let (ids, fix, json) = (&args.items, args.fix, args.json);
    let mut store = ctx.open_store()?;
    let issue = issue.map(|r| super::resolve(&store, &r)).transpose()?;
    let mut ids: Vec<ItemId> = ids.iter().map(|&i| ItemId(i)).collect();
    if let Some(id) = issue {
        ids.extend(store.issue(id)?.items().filter_map(|i| i.id));
    }
    if ids.is_empty() && issue.is_none() {
        return Err(Error::NothingToCheck);
    }
    if fix {
        let n = fix_items(&mut store, &ids, &ctx.settings)?;
        emit(out, tf(Key::Fixed, &[&n]))?;
    }
    let findings = match issue {
        Some(id) => {
            let progress = Progress::new();
            progress.step(t(Key::ProgressCompare));
            issue_and_items(&store, id, &ctx.settings, |done, total| {
                progress.count(done, total)
            })?
        }
        None => items(&store, &ids, &ctx.settings)?,
    };
    if json {
        let text = serde_json::to_string_pretty(&findings).map_err(Error::Json)?;
        super::emit_data(out, &text)?;
    } else if findings.is_empty() {
        emit(out, t(Key::CheckClean))?;
    } else {
        for f in &findings {
            emit(out, describe(f))?;
        }
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `check --rules`: every rule with its name and what it finds, then the
/// word list in force, the settings' changes included.
fn rules(ctx: &Context, out: &mut dyn Write) -> Result<()> {
    use crate::check::Rule;
    use crate::layout::str_width;
    emit(out, t(Key::RulesTitle))?;
    let id_width = Rule::ALL.iter().map(|r| r.name().len()).max().unwrap_or(0);
    let label_width = Rule::ALL
        .iter()
        .map(|r| str_width(r.label(), Metric::NarrowAmbiguous))
        .max()
        .unwrap_or(0);
    for rule in Rule::ALL {
        emit(
            out,
            format!(
                "  {}  {}  {}",
                pad(&rule.name(), id_width),
                pad(rule.label(), label_width),
                rule.about()
            ),
        )?;
    }
    words(ctx, out)
}

/// Columns are lined up by the width a terminal gives each character.
fn pad(text: &str, width: usize) -> String {
    let w = crate::layout::str_width(text, Metric::NarrowAmbiguous);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// The word list in force, a word a line.
fn words(ctx: &Context, out: &mut dyn Write) -> Result<()> {
    use crate::check::default_words;
    use crate::layout::str_width;
    let check = &ctx.settings.check;
    let list = check.word_list();
    let changed = check.words.len() + check.terms.len();
    emit(out, "")?;
    emit(
        out,
        tf(
            Key::WordsTitle,
            &[&default_words().len(), &changed, &list.len()],
        ),
    )?;
    let shown: Vec<(String, &str, String)> = list.iter().map(word_row).collect();
    let pair_width = shown
        .iter()
        .map(|(p, _, _)| str_width(p, Metric::NarrowAmbiguous))
        .max()
        .unwrap_or(0);
    let how_width = shown
        .iter()
        .map(|(_, h, _)| str_width(h, Metric::NarrowAmbiguous))
        .max()
        .unwrap_or(0);
    for (pair, how, notes) in shown {
        let line = format!(
            "  {}  {}  {notes}",
            pad(&pair, pair_width),
            pad(how, how_width)
        );
        emit(out, line.trim_end())?;
    }
    Ok(())
}

/// A word's columns: wrong → right, what proofing does with it, and when it
/// does not apply.
fn word_row(w: &crate::check::Word) -> (String, &'static str, String) {
    let pair = match &w.right {
        Some(r) => format!("{} → {r}", w.wrong),
        None => w.wrong.clone(),
    };
    let how = if w.is_safe() {
        t(Key::WordSafe)
    } else if w.right.is_some() {
        t(Key::WordAsk)
    } else {
        t(Key::WordFlag)
    };
    let quote = |words: &[String]| {
        words
            .iter()
            .map(|x| format!("“{x}”"))
            .collect::<Vec<_>>()
            .join("")
    };
    let mut notes: Vec<String> = w.why.iter().cloned().collect();
    for (words, key) in [
        (&w.unless_prev, Key::WordUnlessPrev),
        (&w.unless_next, Key::WordUnlessNext),
        (&w.unless_sentence, Key::WordUnlessSentence),
    ] {
        if !words.is_empty() {
            notes.push(tf(key, &[&quote(words)]));
        }
    }
    (pair, how, notes.join("；"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatsFormat {
    Table,
    Json,
    Csv,
    Report,
}

impl StatsFormat {
    fn of(args: &StatsArgs) -> StatsFormat {
        if args.json {
            StatsFormat::Json
        } else if args.csv {
            StatsFormat::Csv
        } else if args.report {
            StatsFormat::Report
        } else {
            StatsFormat::Table
        }
    }
}

/// `--from` and `--to` as given, by default this quarter up to `today`:
/// the period of `remind` and `feedback`.
pub(super) fn so_far(
    today: jiff::civil::Date,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Period> {
    let mut period = Period::quarter_to(today);
    if let Some(f) = from {
        period.from = Some(read_date(f)?);
    }
    if let Some(t) = to {
        period.to = Some(read_date(t)?);
    }
    Ok(period)
}

/// 2023Q3, 2023-Q3, 2023年第三季度 … or `current` / `previous`.
fn quarter(text: &str, today: jiff::civil::Date) -> Result<Period> {
    let s = text.trim().to_lowercase();
    match s.as_str() {
        "current" | "本季度" => return Ok(Period::quarter_of(today)),
        "previous" | "上季度" => return Ok(Period::quarter_of(today).previous_quarter()),
        _ => {}
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let (year, q) = if digits.len() == 5 {
        (
            digits[..4].parse::<i16>().ok(),
            digits[4..].parse::<i8>().ok(),
        )
    } else {
        (None, None)
    };
    match (year, q) {
        (Some(y), Some(q @ 1..=4)) => {
            let first = jiff::civil::Date::new(y, (q - 1) * 3 + 1, 1).map_err(Error::Date)?;
            Ok(Period::quarter_of(first))
        }
        _ => Err(Error::Quarter(text.to_string())),
    }
}

pub fn stats(ctx: &Context, args: StatsArgs, out: &mut dyn Write) -> Result<()> {
    let format = StatsFormat::of(&args);
    let StatsArgs {
        from,
        to,
        quarter: quarter_arg,
        series,
        output,
        explain: explain_unit,
        ..
    } = args;
    let today = ctx.today();
    let mut period = match quarter_arg {
        Some(q) => quarter(&q, today)?,
        None => Period::default(),
    };
    if let Some(f) = from {
        period.from = Some(read_date(&f)?);
    }
    if let Some(t) = to {
        period.to = Some(read_date(&t)?);
    }
    let store = ctx.open_existing_store()?;
    let progress = Progress::new();
    progress.step(t(Key::ProgressStats));
    let input = store.stats_input(period, series.as_deref())?;
    let rules = &ctx.settings.scoring;
    let table = compute(&input, period, rules, today);
    drop(progress);
    if let Some(written) = explain_unit {
        let name = input.units.canonical(&written).unwrap_or(written.trim());
        let row = table
            .rows
            .iter()
            .find(|r| r.unit == name)
            .ok_or_else(|| Error::NoSuchUnit(written.clone()))?;
        let e = explain(row, rules);
        if format == StatsFormat::Json {
            let text = serde_json::to_string_pretty(&e).map_err(Error::Json)?;
            return super::emit_data(out, &text);
        }
        return emit(
            out,
            explanation(&e, period, Metric::NarrowAmbiguous).trim_end(),
        );
    }
    let series = series.as_deref().unwrap_or(&ctx.settings.series);
    if let Some(path) = output {
        let parts = report_parts(&table, series, period, today, rules);
        let bytes = blocks_docx(
            &parts.title,
            &ctx.settings.publisher,
            &report_blocks(&parts),
        )?;
        write_atomic(&path, &bytes)?;
        return emit(out, tf(Key::Exported, &[&path.display()]));
    }
    let text = match format {
        StatsFormat::Json => serde_json::to_string_pretty(&table).map_err(Error::Json)?,
        StatsFormat::Csv => csv(&table),
        StatsFormat::Report => report(&table, series, period, today, rules),
        StatsFormat::Table => format!(
            "{}\n{}{}\n",
            period.label(),
            aligned(&table, Metric::NarrowAmbiguous),
            footnote(today)
        ),
    };
    let text = if format == StatsFormat::Json {
        text
    } else {
        super::printable_lines(&text)
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("<stdout>", e))?;
    if format == StatsFormat::Json {
        emit(out, "")?;
    }
    Ok(())
}

/// `remind`: who to chase, over this quarter unless a period is given.
pub fn remind(ctx: &Context, args: RemindArgs, out: &mut dyn Write) -> Result<()> {
    let today = ctx.today();
    let period = so_far(today, args.from.as_deref(), args.to.as_deref())?;
    let store = ctx.open_existing_store()?;
    let r = crate::year::reminder(&store, &ctx.settings, period, today)?;
    if args.json {
        let text = serde_json::to_string_pretty(&r).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    if let Some(path) = &args.output {
        let parts = notice_parts(&r, &ctx.settings.publisher, period, today);
        write_atomic(path, &notice_docx(&parts)?)?;
        return emit(out, tf(Key::Exported, &[&path.display()]));
    }
    let text = notice(&r, &ctx.settings.publisher, period, today);
    out.write_all(super::printable_lines(&text).as_bytes())
        .map_err(|e| Error::io("<stdout>", e))
}

/// The 通报 for Word: the period centred under the title, the figures in a
/// table per category under its heading and the total's, the units that
/// sent nothing, the rule.
fn report_blocks(r: &Report) -> Vec<Block> {
    let mut blocks = vec![
        Block::Title(r.title.clone()),
        Block::Centred(r.period.clone()),
    ];
    for section in &r.sections {
        blocks.push(Block::Gap);
        blocks.extend(section.heading.clone().map(Block::Plain));
        blocks.push(Block::Table(section.rows.clone()));
    }
    blocks.push(Block::Gap);
    blocks.extend(r.silent.clone().map(Block::Body));
    blocks.push(Block::Body(r.note.clone()));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::blocks_document_xml;
    use crate::model::{Kind, Unit, UnitList};
    use crate::settings::ScoringSettings;
    use crate::stats::{Fate, StatInput, StatItem};

    fn d(m: i8, day: i8) -> jiff::civil::Date {
        jiff::civil::Date::new(2025, m, day).unwrap()
    }

    #[test]
    fn the_report_in_word_has_a_table_row_for_the_header_each_unit_and_the_total() {
        let units = UnitList {
            units: ["矿山街道", "峡窝镇", "区法院"]
                .iter()
                .map(|n| Unit::named(n, &[]))
                .collect(),
        };
        let input = StatInput {
            items: vec![StatItem::new(
                1,
                &["矿山街道"],
                d(2, 3),
                Fate::Adopted(Kind::Article),
            )],
            commissions: Vec::new(),
            units,
        };
        let period = Period::quarter_of(d(2, 3));
        let settings = ScoringSettings::default();
        let table = compute(&input, period, &settings, d(4, 2));
        let parts = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            report_parts(&table, "上街信息", period, d(4, 2), &settings)
        });
        let xml = blocks_document_xml(&report_blocks(&parts));
        // The units' table (header and three rows) and the total's.
        assert_eq!(xml.matches("<w:tbl>").count(), 2);
        assert_eq!(xml.matches("<w:tr>").count(), 4 + 2, "{xml}");
        for cell in ["排名", "矿山街道", "峡窝镇", "区法院", "合计", "100.0%"] {
            assert!(xml.contains(&format!(">{cell}</w:t>")), "{cell}: {xml}");
        }
        assert!(xml.contains(">上街信息稿件采用情况通报</w:t>"));
        let note = xml.find(">说明：").unwrap();
        assert!(
            xml.find("</w:tbl>").unwrap() < note,
            "the rule comes under the table"
        );
    }
}
