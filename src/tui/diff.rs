//! What differs between a near-duplicate and the earlier item it
//! resembles: for each side, in each paragraph, the bytes the other side
//! does not have. Worked out once when the comparison opens; the view only
//! sets the lines.

use std::ops::Range;

use ratatui::layout::Rect;

use crate::layout::{Measure, Metric, PARAGRAPH_INDENT, break_lines, unit_end};

/// One side of a comparison: its paragraphs as shown (headline, body,
/// attribution) and, in each, the byte ranges the other side lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub paragraphs: Vec<String>,
    pub marked: Vec<Vec<Range<usize>>>,
}

/// Both sides: on the new one what was inserted, on the old one what was
/// deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Differences {
    pub new: Side,
    pub old: Side,
}

/// A piece the diff compares. A run of Latin letters or digits is one
/// piece, so 2023 → 2024 marks the whole number as an editor reads it;
/// anything else (a Han character, a mark) is a piece of its own, since
/// Chinese has no spaces to find words by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Piece<'a> {
    Text(&'a str),
    /// Between two paragraphs: text never matches across it.
    Break,
}

/// A piece and where it is: paragraph and bytes.
struct Placed<'a> {
    piece: Piece<'a>,
    paragraph: usize,
    range: Range<usize>,
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

/// A decimal point or thousands separator inside a number (3.5, 1,200).
fn joins_number(text: &str, at: usize, c: char) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + c.len_utf8()..].chars().next();
    matches!(c, '.' | ',' | '．')
        && before.is_some_and(|b| b.is_ascii_digit() || matches!(b, '０'..='９'))
        && after.is_some_and(|a| a.is_ascii_digit() || matches!(a, '０'..='９'))
}

fn pieces(paragraphs: &[String]) -> Vec<Placed<'_>> {
    let mut out = Vec::new();
    for (p, text) in paragraphs.iter().enumerate() {
        if p > 0 {
            out.push(Placed {
                piece: Piece::Break,
                paragraph: p,
                range: 0..0,
            });
        }
        let mut at = 0;
        while at < text.len() {
            let mut end = unit_end(text, at);
            let word = |i: usize| {
                text[i..]
                    .chars()
                    .next()
                    .is_some_and(|c| is_word(c) || joins_number(text, i, c))
            };
            if word(at) {
                while end < text.len() && word(end) {
                    end = unit_end(text, end);
                }
            }
            out.push(Placed {
                piece: Piece::Text(&text[at..end]),
                paragraph: p,
                range: at..end,
            });
            at = end;
        }
    }
    out
}

/// A stretch of the two texts, in pieces: the same on both sides or not.
#[derive(Debug, Clone)]
struct Stretch {
    same: bool,
    old: Range<usize>,
    new: Range<usize>,
}

/// Characters of `pieces` up to the first paragraph break (the change
/// after an equal stretch), or back to the last one (the change before).
fn chars_in_paragraph(pieces: &[Placed], range: &Range<usize>, forward: bool) -> usize {
    let count = |p: &Placed| match p.piece {
        Piece::Text(s) => Some(s.chars().count()),
        Piece::Break => None,
    };
    let pieces = &pieces[range.clone()];
    if forward {
        pieces.iter().map_while(count).sum()
    } else {
        pieces.iter().rev().map_while(count).sum()
    }
}

/// Where `new` differs from `old`, paragraph by paragraph.
pub fn differences(new: Vec<String>, old: Vec<String>) -> Differences {
    let (old_pieces, new_pieces) = (pieces(&old), pieces(&new));
    let a: Vec<Piece> = old_pieces.iter().map(|p| p.piece).collect();
    let b: Vec<Piece> = new_pieces.iter().map(|p| p.piece).collect();
    let mut stretches: Vec<Stretch> = Vec::new();
    for op in ::similar::capture_diff_slices(::similar::Algorithm::Myers, &a, &b) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let same = tag == ::similar::DiffTag::Equal;
        match stretches.last_mut() {
            Some(last) if !last.same && !same => {
                last.old.end = old_range.end;
                last.new.end = new_range.end;
            }
            _ => stretches.push(Stretch {
                same,
                old: old_range,
                new: new_range,
            }),
        }
    }
    let stretches = absorb_chance_matches(stretches, &old_pieces, &new_pieces);
    let mut old_marks = vec![Vec::new(); old.len()];
    let mut new_marks = vec![Vec::new(); new.len()];
    for s in stretches.iter().filter(|s| !s.same) {
        mark(&mut old_marks, &old_pieces[s.old.clone()]);
        mark(&mut new_marks, &new_pieces[s.new.clone()]);
    }
    Differences {
        new: Side {
            paragraphs: new,
            marked: new_marks,
        },
        old: Side {
            paragraphs: old,
            marked: old_marks,
        },
    }
}

/// A rewritten clause shares a 的 or a ， with the clause it replaced by
/// chance; marked piecemeal it reads as noise. An equal stretch shorter
/// than the changes on both sides of it in its paragraph is taken as part
/// of the change; one that holds a paragraph break is kept, as a paragraph
/// kept whole beside added ones is.
fn absorb_chance_matches(stretches: Vec<Stretch>, old: &[Placed], new: &[Placed]) -> Vec<Stretch> {
    let size = |s: &Stretch, forward: bool| {
        chars_in_paragraph(old, &s.old, forward).max(chars_in_paragraph(new, &s.new, forward))
    };
    let mut out: Vec<Stretch> = Vec::new();
    let mut rest = stretches.into_iter().peekable();
    while let Some(s) = rest.next() {
        // An equal stretch is the same pieces on both sides: the old ones tell.
        let within = !old[s.old.clone()].iter().any(|p| p.piece == Piece::Break);
        let len = chars_in_paragraph(old, &s.old, true);
        let absorbed = s.same
            && within
            && out.last().is_some_and(|p| !p.same && size(p, false) > len)
            && rest.peek().is_some_and(|n| !n.same && size(n, true) > len);
        match out.last_mut() {
            Some(last) if !last.same && (absorbed || !s.same) => {
                last.old.end = s.old.end;
                last.new.end = s.new.end;
            }
            _ => out.push(s),
        }
    }
    out
}

/// Adds the bytes of `pieces` to their paragraphs' marks, joining ranges
/// that touch.
fn mark(marks: &mut [Vec<Range<usize>>], pieces: &[Placed]) {
    for p in pieces.iter().filter(|p| p.piece != Piece::Break) {
        let Some(ranges) = marks.get_mut(p.paragraph) else {
            continue;
        };
        match ranges.last_mut() {
            Some(last) if last.end == p.range.start => last.end = p.range.end,
            _ => ranges.push(p.range.clone()),
        }
    }
}

/// One screen line of a side: its text and the bytes of it to mark.
pub type Line = (String, Vec<Range<usize>>);

impl Side {
    /// The side set `cells` wide as the reader sets a body (each paragraph's
    /// first line indented two 字), each line with its marks.
    pub fn lines(&self, cells: u16) -> Vec<Line> {
        // As `layout::lay_out` sets `Role::Body` at a whole number of 字.
        let width = (cells as usize / 2).max(2) * 2;
        let indent = if 4 + 2 <= width { 4 } else { 0 };
        let m = Measure {
            first: width - indent,
            rest: width,
            metric: Metric::Print,
            hang: false,
        };
        let mut out = Vec::new();
        for (text, marked) in self.paragraphs.iter().zip(&self.marked) {
            for (i, span) in break_lines(text, m).into_iter().enumerate() {
                let lead = if i == 0 && indent > 0 {
                    PARAGRAPH_INDENT
                } else {
                    ""
                };
                let shift = |at: usize| at - span.range.start + lead.len();
                let marks = marked
                    .iter()
                    .map(|r| r.start.max(span.range.start)..r.end.min(span.range.end))
                    .filter(|r| r.start < r.end)
                    .map(|r| shift(r.start)..shift(r.end))
                    .collect();
                out.push((format!("{lead}{}", &text[span.range]), marks));
            }
        }
        out
    }
}

/// The cells of each column and the rows of text it shows, for a
/// comparison drawn over `area`: a border round it, the headings on the
/// first row inside, a cell between the columns.
pub fn columns(area: Rect) -> (u16, usize) {
    let (width, height) = (area.width.saturating_sub(2), area.height.saturating_sub(2));
    (
        (width / 2).saturating_sub(1),
        height.saturating_sub(1) as usize,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    /// The marked text of each paragraph.
    fn shown(side: &Side) -> Vec<Vec<&str>> {
        side.paragraphs
            .iter()
            .zip(&side.marked)
            .map(|(t, m)| m.iter().map(|r| &t[r.clone()]).collect())
            .collect()
    }

    #[test]
    fn a_changed_number_is_marked_whole_on_each_side() {
        let d = differences(
            texts(&["全年完成投资1,350万元，同比增长12.5%。"]),
            texts(&["全年完成投资1,200万元，同比增长9.8%。"]),
        );
        assert_eq!(shown(&d.new), [["1,350", "12.5"]]);
        assert_eq!(shown(&d.old), [["1,200", "9.8"]]);
    }

    #[test]
    fn an_inserted_clause_is_marked_on_the_new_side_only() {
        let d = differences(
            texts(&["标题", "街道开展巡查，发现隐患三处，当场整改两处。"]),
            texts(&["标题", "街道开展巡查，当场整改两处。"]),
        );
        assert_eq!(shown(&d.new), [vec![], vec!["发现隐患三处，"]]);
        assert_eq!(shown(&d.old), [Vec::<&str>::new(), vec![]]);
    }

    #[test]
    fn identical_texts_mark_nothing() {
        let same = texts(&["峡窝镇聚焦“五个振兴”", "2023年投入500万元。", "（峡窝镇）"]);
        let d = differences(same.clone(), same);
        assert!(d.new.marked.iter().chain(&d.old.marked).all(Vec::is_empty));
    }

    #[test]
    fn chinese_and_latin_mixed() {
        let d = differences(
            texts(&["推广APP，建成“社区通”平台，覆盖3个小区。"]),
            texts(&["推广App，建成“邻里通”平台，覆盖5个小区。"]),
        );
        assert_eq!(shown(&d.new), [["APP", "社区", "3"]]);
        assert_eq!(shown(&d.old), [["App", "邻里", "5"]]);
    }

    #[test]
    fn a_rewritten_clause_is_marked_whole_not_around_a_shared_character() {
        let d = differences(
            texts(&["要切实加强基层的治理能力。"]),
            texts(&["要全面提升社区的服务水平。"]),
        );
        assert_eq!(shown(&d.new), [["切实加强基层的治理能力"]]);
        assert_eq!(shown(&d.old), [["全面提升社区的服务水平"]]);
    }

    #[test]
    fn paragraphs_added_around_a_short_one_leave_it_plain() {
        let d = differences(
            texts(&["一。", "二。", "三。", "乙。", "四。", "五。", "六。"]),
            texts(&["乙。"]),
        );
        assert_eq!(shown(&d.new)[3], Vec::<&str>::new());
        assert_eq!(shown(&d.new)[0], ["一。"]);
        assert_eq!(shown(&d.new)[6], ["六。"]);
    }

    #[test]
    fn an_added_paragraph_is_marked_whole() {
        let d = differences(
            texts(&["甲。", "新增一段。", "乙。"]),
            texts(&["甲。", "乙。"]),
        );
        assert_eq!(shown(&d.new), [vec![], vec!["新增一段。"], vec![]]);
    }

    #[test]
    fn marks_follow_their_characters_past_the_indent_and_the_break() {
        let side = Side {
            paragraphs: texts(&["一二三四五六七八九十"]),
            marked: vec![vec![6..15]],
        };
        let lines = side.lines(12);
        let shown: Vec<(&str, Vec<&str>)> = lines
            .iter()
            .map(|(text, marks)| {
                let runs = marks.iter().map(|r| &text[r.clone()]).collect();
                (text.as_str(), runs)
            })
            .collect();
        assert_eq!(
            shown,
            [("　　一二三四", vec!["三四"]), ("五六七八九十", vec!["五"])],
            "a mark running over a break is split between the lines"
        );
    }
}
