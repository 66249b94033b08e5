//! Killed mid-work: an import of thousands of files, a decision on
//! thousands of items and the finalising of a large issue are each cut off
//! by SIGKILL at many moments. After every kill the store passes `verify`
//! (integrity, every item whole, no hole in any issue's order, the index in
//! step), the interrupted change is all there or not at all, and running
//! the import again completes it without duplicates.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use jianbao::model::{IssueState, Status};
use jianbao::store::Store;

const FILES: usize = 3000;
const KILLS: usize = 12;
/// Items in the issue that is finalised.
const PLACED: usize = 400;

/// A small deterministic generator: the kill moments are the same each run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const HAN: &str = "区街镇办局委会社村企业项目服务群众安全环境治理建设发展推进落实开展组织宣传检查整改保障提升活动工作创新文明卫生教育培训医疗养老就业产业经济农业林果水利交通消防应急防汛网格志愿调解法治普法党建基层干部职工青年妇女儿童老人学生家庭";

/// The text of submission `n`: a headline and a body that no other shares.
fn submission(n: usize, rng: &mut Rng) -> (String, String) {
    let han: Vec<char> = HAN.chars().collect();
    let body: String = (0..160)
        .map(|_| han[rng.below(han.len() as u64) as usize])
        .collect();
    (format!("第{n}号来稿推进重点工作"), format!("{body}。"))
}

fn write_batch(dir: &Path) -> Vec<(String, String)> {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..FILES)
        .map(|n| {
            let (headline, body) = submission(n, &mut rng);
            let text = format!("{headline}\n{body}（区法院）\n");
            std::fs::write(dir.join(format!("{n:05}.txt")), text).unwrap();
            (headline, body)
        })
        .collect()
}

fn jianbao(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jianbao"));
    c.arg("--db")
        .arg(db)
        .arg("--config")
        .arg(db.with_file_name("config.toml"))
        .args(args)
        .env("JIANBAO_LANG", "en")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// Starts `cmd`, kills it with SIGKILL after `after`; whether it finished
/// first.
fn kill_after(mut cmd: Command, after: Duration) -> bool {
    let mut child: Child = cmd.spawn().unwrap();
    let start = Instant::now();
    while start.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    false
}

fn run(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    start.elapsed()
}

/// The store is sound and every item is one of the batch, whole.
fn sound(db: &Path, batch: &[(String, String)]) -> Store {
    let store = Store::open(db).unwrap();
    assert_eq!(store.verify(|_, _, _| {}).unwrap(), Vec::<String>::new());

    let archive = store.archive(|_, _| {}).unwrap();

    for item in archive
        .issues
        .iter()
        .flat_map(|i| i.items())
        .chain(&archive.items)
    {
        let n: usize = item.headline[3..item.headline.find('号').unwrap()]
            .parse()
            .unwrap();
        assert_eq!(
            item.body,
            [batch[n].1.clone()],
            "item {:?} is whole",
            item.id
        );
        assert_eq!(item.sources, ["区法院"]);
    }
    store
}

fn copy_store(from: &Path, to: &Path) {
    // Opened and closed cleanly, the store is one file (the WAL is folded in).
    drop(Store::open(from).unwrap());
    std::fs::copy(from, to).unwrap();
}

#[test]
fn killed_imports_edits_and_finalising_leave_a_sound_store() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("来稿");
    let batch = write_batch(&folder);
    let db = dir.path().join("store.db");
    let folder_arg = folder.to_str().unwrap().to_string();

    // How long an undisturbed import takes, on a store of its own.
    let timing = dir.path().join("timing.db");
    let full = run(&mut jianbao(&timing, &["import", &folder_arg]));

    let mut rng = Rng(42);
    let mut cut = 0;
    let mut counts = Vec::new();
    for _ in 0..KILLS {
        // Each run resumes where the last was cut off and so has less left
        // to do: the kill falls within the first third of the time the files
        // still to import take, to land before the end most times however
        // fast or loaded the machine is.
        let left = (batch.len() - counts.last().copied().unwrap_or(0)) as u64;
        let window = full.as_micros() as u64 * left / batch.len() as u64 / 3;
        let after = Duration::from_micros(rng.below(window.max(1)));
        if !kill_after(jianbao(&db, &["import", &folder_arg]), after) {
            cut += 1;
        }
        let store = sound(&db, &batch);
        counts.push(store.counts().unwrap().total());
    }
    assert!(
        cut >= KILLS / 2,
        "only {cut} of {KILLS} kills landed mid-import"
    );
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    // Once more, undisturbed: everything, each file once.
    run(&mut jianbao(&db, &["import", &folder_arg]));
    let store = sound(&db, &batch);
    assert_eq!(
        store.counts().unwrap().total(),
        FILES,
        "after kills at {counts:?}"
    );
    drop(store);

    // A decision on every item at once: all of it or none of it.
    let base = dir.path().join("base.db");
    copy_store(&db, &base);
    let ids: Vec<String> = (1..=FILES).map(|i| i.to_string()).collect();
    let mut accept: Vec<&str> = vec!["accept"];
    accept.extend(ids.iter().map(String::as_str));
    let work = dir.path().join("work.db");
    copy_store(&base, &work);
    let full = run(&mut jianbao(&work, &accept));
    let mut seen = [0, 0];
    for _ in 0..KILLS {
        copy_store(&base, &work);
        let after = Duration::from_micros(rng.below(full.as_micros() as u64 * 12 / 10));
        kill_after(jianbao(&work, &accept), after);
        let store = sound(&work, &batch);
        let accepted = store.counts().unwrap().accepted;
        assert!(accepted == 0 || accepted == FILES, "{accepted} accepted");
        seen[usize::from(accepted == FILES)] += 1;
    }
    eprintln!(
        "accept: {} kills before the commit, {} after",
        seen[0], seen[1]
    );

    // Finalising an issue of 400 items: final with all published, or a
    // draft with none.
    copy_store(&base, &work);
    run(&mut jianbao(&work, &accept[..=PLACED]));
    run(&mut jianbao(
        &work,
        &["issue", "new", "--number", "1", "--date", "2026-11-01"],
    ));
    let mut add = vec!["issue", "add", "1"];
    add.extend(ids[..PLACED].iter().map(String::as_str));
    run(&mut jianbao(&work, &add));
    let ready = dir.path().join("ready.db");
    run(&mut jianbao(
        &work,
        &["issue", "sign", "1", "--role", "sign", "--by", "张伟"],
    ));
    copy_store(&work, &ready);
    let finalise = ["issue", "finalise", "1", "--force"];
    let full = run(&mut jianbao(&work, &finalise));
    for _ in 0..KILLS {
        copy_store(&ready, &work);
        let after = Duration::from_micros(rng.below(full.as_micros() as u64 * 12 / 10));
        kill_after(jianbao(&work, &finalise), after);
        let store = sound(&work, &batch);
        let summary = &store.issues().unwrap()[0];
        assert_eq!(summary.articles, PLACED);
        let published = store.counts().unwrap().published;
        match summary.state {
            IssueState::Final => assert_eq!(published, PLACED),
            IssueState::Draft => assert_eq!(published, 0),
        }
        let first = store.item(jianbao::model::ItemId(1)).unwrap();
        assert!(matches!(first.status, Status::Accepted | Status::Published));
    }
}
