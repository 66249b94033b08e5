//! Realistic generated items for load tests: headlines and 一是/二是/三是
//! bodies of 150–900 字 composed from the word lists in `data/vocab`.

use jiff::ToSpan;
use jiff::civil::Date;

use super::data::vocab;
use crate::error::{Error, FileProblem, Result};
use crate::model::{Issue, IssueState, Item, Kind, Status, UnitList};

/// SplitMix64: small, fast, and the same sequence on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.range(0, list.len() - 1)]
    }
}

const ORDINALS: [&str; 6] = ["一是", "二是", "三是", "四是", "五是", "六是"];

pub struct Batch {
    pub issues: Vec<Issue>,
    pub items: Vec<Item>,
}

pub struct Generator {
    rng: Rng,
    remaining: usize,
    total: usize,
    made: usize,
    start: Date,
    days: i64,
    units: Vec<String>,
    topics: Vec<&'static str>,
    verbs: Vec<&'static str>,
    measures: Vec<&'static str>,
    sentences: Vec<&'static str>,
    results: Vec<&'static str>,
    briefs: Vec<&'static str>,
    /// Published items waiting to fill an issue.
    pending: Vec<Item>,
    /// The texts made so far, hashed: the store keeps one item per text, so
    /// a text made twice would be one item placed in two issues, and would
    /// make a resumed run skip a batch it has not stored.
    seen: std::collections::HashSet<u64>,
}

fn lines(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

impl Generator {
    pub fn new(n: usize, today: Date, units: UnitList) -> Result<Generator> {
        let start = today.checked_sub(3.years()).map_err(Error::Date)?;
        let days = (today - start).get_days() as i64;
        let units: Vec<String> = units.units.into_iter().map(|u| u.name).collect();
        if units.is_empty() {
            return Err(Error::DemoData {
                name: "data/units.toml",
                problem: FileProblem::NoUnits,
            });
        }
        Ok(Generator {
            rng: Rng::new(0x6A69_616E_6261_6F00 ^ n as u64),
            remaining: n,
            total: n,
            made: 0,
            start,
            days,
            units,
            topics: lines(vocab::TOPICS),
            verbs: lines(vocab::VERBS),
            measures: lines(vocab::MEASURES),
            sentences: lines(vocab::SENTENCES),
            results: lines(vocab::RESULTS),
            briefs: lines(vocab::BRIEFS),
            pending: Vec::new(),
            seen: std::collections::HashSet::with_capacity(n),
        })
    }

    fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 8);
        let mut parts = template.split("{n}");
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        for part in parts {
            let n = match self.rng.range(0, 3) {
                0 => self.rng.range(2, 20),
                1 => self.rng.range(20, 200),
                _ => self.rng.range(100, 5000),
            };
            out.push_str(&n.to_string());
            out.push_str(part);
        }
        out
    }

    /// 一是…二是…(at least two, at most six) until about `target` 字,
    /// closing with a sentence of figures.
    fn body(&mut self, target: usize) -> Vec<String> {
        let result = self.rng.pick(&self.results);
        let result = self.fill(result);
        let goal = target.saturating_sub(result.chars().count());
        let mut text = String::new();
        let mut count = 0;
        for (i, ordinal) in ORDINALS.iter().enumerate() {
            if i >= 2 && count >= goal {
                break;
            }
            let measure = self.rng.pick(&self.measures);
            text.push_str(ordinal);
            text.push_str(measure);
            count += 2 + measure.chars().count();
            let last = i == ORDINALS.len() - 1;
            let per = self.rng.range(1, 3);
            let mut n = 0;
            while n < per || (last && count < goal) {
                let s = self.rng.pick(&self.sentences);
                let s = self.fill(s);
                count += s.chars().count();
                text.push_str(&s);
                n += 1;
                if count >= goal && i >= 1 {
                    break;
                }
            }
        }
        text.push_str(&result);
        vec![text]
    }

    /// The next item, its text not made before.
    fn item(&mut self) -> Item {
        loop {
            let item = self.attempt();
            let mut hash = std::hash::DefaultHasher::new();
            std::hash::Hash::hash(&item.fingerprint_text(), &mut hash);
            if self.seen.insert(std::hash::Hasher::finish(&hash)) {
                self.made += 1;
                return item;
            }
        }
    }

    fn attempt(&mut self) -> Item {
        let unit = self.units[self.rng.range(0, self.units.len() - 1)].clone();
        // Dates rise with the item number, as items arrive over time.
        let day = (self.made as i64 * self.days) / self.total.max(1) as i64;
        let received = self.start.checked_add(day.days()).unwrap_or(self.start);
        let brief = self.rng.range(0, 99) < 15;
        let verb = self.rng.pick(&self.verbs);
        let topic = self.rng.pick(&self.topics);
        let headline = format!("{unit}{verb}{topic}");
        let body = if brief {
            let b = self.rng.pick(&self.briefs);
            vec![self.fill(b)]
        } else {
            let target = self.rng.range(150, 900);
            self.body(target)
        };
        let mut item = Item::new(headline, body, received);
        item.kind = if brief { Kind::Brief } else { Kind::Article };
        item.sources = vec![unit];
        item.status = match self.rng.range(0, 99) {
            0..=34 => Status::New,
            35..=39 => Status::Accepted,
            40..=44 => Status::Held,
            45..=79 => Status::Rejected,
            _ => Status::Published,
        };
        if item.status == Status::Rejected {
            item.reject_reason = "与近期稿件内容重复".into();
        }
        item.original = format!(
            "{}\n{}\n{}",
            item.headline,
            item.body.join("\n"),
            item.attribution()
        );
        item
    }

    /// A final issue of the published items waiting.
    fn issue(&mut self) -> Issue {
        let items = std::mem::take(&mut self.pending);
        let date = items.last().map_or(self.start, |i| i.received);
        // Numbered when stored, after the issues already there.
        let mut issue = Issue::new("上街信息", date.year(), 0);
        issue.date = Some(date);
        issue.publisher = "中共上街区委办公室".into();
        issue.state = IssueState::Final;
        issue.footer = crate::settings::Settings::default().footer;
        issue.editors = vec!["郝婕".into(), "许亦是".into()];
        for item in items {
            match item.kind {
                Kind::Article => issue.articles.push(item),
                Kind::Brief => issue.briefs.push(item),
            }
        }
        issue
    }

    /// Up to `size` more items, with the issues that publish some of them.
    pub fn next_batch(&mut self, size: usize) -> Option<Batch> {
        if self.remaining == 0 && self.pending.is_empty() {
            return None;
        }
        let mut batch = Batch {
            issues: Vec::new(),
            items: Vec::with_capacity(size),
        };
        for _ in 0..size.min(self.remaining) {
            let item = self.item();
            self.remaining -= 1;
            if item.status == Status::Published {
                self.pending.push(item);
                if self.pending.len() == 8 {
                    let issue = self.issue();
                    batch.issues.push(issue);
                }
            } else {
                batch.items.push(item);
            }
        }
        if self.remaining == 0 && !self.pending.is_empty() {
            let issue = self.issue();
            batch.issues.push(issue);
        }
        Some(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_look_real_and_the_sequence_is_fixed() {
        let units = crate::demo::units().unwrap();
        let today = Date::new(2026, 11, 27).unwrap();
        let mut g = Generator::new(500, today, units.clone()).unwrap();
        let mut all = Vec::new();
        while let Some(b) = g.next_batch(200) {
            for issue in &b.issues {
                assert_eq!(issue.state, IssueState::Final);
                assert!(issue.items().all(|i| i.status == Status::Published));
                all.extend(issue.items().cloned());
            }
            all.extend(b.items);
        }
        assert_eq!(all.len(), 500);
        for item in &all {
            let n = item.chars();
            match item.kind {
                Kind::Article => {
                    let body = crate::model::count_chars(&item.body[0]);
                    assert!((150..=1000).contains(&body), "{body} 字: {}", item.body[0]);
                    assert!(item.body[0].starts_with("一是") && item.body[0].contains("二是"));
                }
                Kind::Brief => assert!(n >= 40, "{n}"),
            }
            assert!(!item.body[0].contains("{n}"));
            assert!(units.canonical(&item.sources[0]).is_some());
            assert!(item.received <= today && item.received >= Date::new(2023, 11, 27).unwrap());
        }
        let mut again = Generator::new(500, today, units).unwrap();
        let first = again.next_batch(200).unwrap();
        let first_item = first
            .items
            .first()
            .or(first.issues.first().and_then(|i| i.articles.first()));
        assert!(
            first_item.is_some_and(|i| all.contains(i)),
            "same seed, same items"
        );
    }

    #[test]
    fn no_text_is_made_twice() {
        // Briefs are filled from a few templates: without the check, texts
        // repeat within the first hundred thousand items.
        let units = crate::demo::units().unwrap();
        let today = Date::new(2026, 11, 27).unwrap();
        let n = 100_000;
        let mut g = Generator::new(n, today, units).unwrap();
        let mut texts = std::collections::HashSet::new();
        let mut repeated = 0;
        while let Some(b) = g.next_batch(10_000) {
            for item in b.issues.iter().flat_map(Issue::items).chain(&b.items) {
                if !texts.insert(item.fingerprint_text()) {
                    repeated += 1;
                }
            }
        }
        assert_eq!(texts.len() + repeated, n);
        assert_eq!(repeated, 0);
    }
}
