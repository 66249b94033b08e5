//! The string table. Each line: key, Simplified Chinese, English.

use super::Lang;

macro_rules! strings {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key { $($key),* }

        impl Key {
            #[cfg(test)]
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Key::$key, Lang::Zh) => $zh, (Key::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

strings! {
    // Statuses and kinds
    StatusNew => "待处理", "new";
    StatusAccepted => "采用", "accepted";
    StatusHeld => "暂缓", "held";
    StatusRejected => "退稿", "rejected";
    StatusPublished => "已刊发", "published";
    KindArticle => "正文", "article";
    KindBrief => "简讯", "brief";
    StateDraft => "草稿", "draft";
    StateFinal => "已定稿", "final";

    // Bulletin parser
    BulletinEmpty => "文件是空的", "the file is empty";
    BulletinNoTitle => "第{}行：不是一期简报：刊头第一行是期号，缺刊名", "line {}: not a bulletin issue: the masthead starts with the number, not the title";
    BulletinNoNumber => "第{}行：不是一期简报：刊名之后未找到期号（如“第 55 期”）", "line {}: not a bulletin issue: no issue number line (such as 第 55 期) after the title";
    BulletinNoDate => "第{}行：不是一期简报：刊头中未找到日期（如“2023年8月14日”）", "line {}: not a bulletin issue: no date (such as 2023年8月14日) in the masthead";
    BulletinNoItems => "第{}行：不是一期简报：刊头之后未找到稿件", "line {}: not a bulletin issue: no items after the masthead";
    NoticeNoAttribution => "第{}行：这篇稿件末尾没有（单位）署名，来稿单位未知", "line {}: this article ends without a (unit) attribution; its unit is unknown";
    NoticeNoHeadline => "第{}行：稿件没有标题", "line {}: the item has no headline";
    NoticeHeadlineJoined => "第{}行：“{}”接在上一行标题之后（标题跨行）", "line {}: “{}” joined to the headline above (a headline broken over two lines)";
    NoticeColumnGuessed => "第{}行：“{}”单独成行，作为栏目标题", "line {}: “{}” stands alone and was read as a column heading";
    NoticeHeadlineWithoutBody => "第{}行：“{}”像标题，但其后没有正文，未收入", "line {}: “{}” looks like a headline but has no body; not stored";
    NoticeNoteMoved => "第{}行：两篇稿件之间的编者按，归入其后一篇", "line {}: an editor's note between two articles, given to the one after it";

    // Errors
    ErrDb => "数据库错误：{}", "database error: {}";
    ErrIo => "{}：{}", "{}: {}";
    ErrItemNotFound => "没有编号为 {} 的稿件", "no item with id {}";
    ErrIssueAmbiguous => "第{}期不止一期：{}；请用 --series 或 --year 指定", "several issues are number {}: {}; choose one with --series or --year";
    ErrIssueNotFound => "没有第 {} 期", "no issue number {}";
    ErrIssueNotFoundYear => "没有 {} 年第 {} 期", "no issue {} no. {}";
    ErrStoreTooNew => "{} 由更新版本的 jianbao 创建（数据版本 {}，本程序支持到 {}），请升级 jianbao；文件未作改动", "{} was written by a newer jianbao (schema {}, this one knows up to {}); upgrade jianbao — the file was not changed";
    VerifyDangling => "{} 的第 {} 行指向不存在的记录", "a row of {} (rowid {}) points at a record that is not there";
    VerifyOrderHole => "第 {} 期（内部编号）的{}顺序有缺口", "issue {} (internal id): the order of its {} section has a gap";
    VerifyNoBody => "稿件 {} 没有正文", "item {} has no body";
    VerifyStale => "稿件 {} 的字数或指纹与正文不符", "item {}: its character count or fingerprint does not match its text";
    VerifyUnindexed => "稿件 {} 在检索索引中找不到", "item {} is missing from the search index";
    VerifyIndexCount => "检索索引有 {} 条，稿件有 {} 篇", "the search index has {} entries for {} items";
    ErrNotAStore => "{} 不是 jianbao 数据文件", "{} is not a jianbao store";
    HelpArgUndoYes => "不再询问（撤销定稿时须确认）", "do not ask (undoing a finalise asks first)";
    ConfirmUnfinalise => "撤销“{}”？这一期将回到草稿，其稿件不再算作已刊发 (y/n)", "undo “{}”? The issue becomes a draft again and its items are no longer published (y/n)";
    AskUnfinalise => "撤销“{}”？这一期将回到草稿 [y/N] ", "undo “{}”? The issue becomes a draft again [y/N] ";
    ErrUnfinaliseNeedsYes => "上一步是定稿（{}）：撤销要确认，请加 --yes", "the last change finalised an issue ({}): confirm the undo with --yes";
    UndoImport => "导入 {}", "import {}";
    UndoDeleteIssue => "删除 {}", "delete {}";
    UndoUnits => "修改单位表", "change the unit list";
    ErrUndoFailed => "无法撤销“{}”：{}；这一步已从撤销记录中移去，更早的改动仍可撤销", "cannot undo “{}”: {}; the step was taken off the history, and older changes can still be undone";
    ErrItemFinal => "稿件 {} 已在定稿的 {} 刊发，正文、标题、单位和位置都不能再改", "item {} is published in the final issue {}: its text, headline, units and place can no longer change";
    ErrItemPublished => "稿件 {} 已刊发，不能再改动状态", "item {} is published and cannot change status";
    ErrPublishByFinalise => "稿件随所在的期定稿时才算刊发：请用 issue finalise", "items are published by finalising their issue: use issue finalise";
    ErrItemPlaced => "稿件 {} 已编入{}", "item {} is already placed in {}";
    ErrItemNotInIssue => "稿件 {} 不在这一期中", "item {} is not in this issue";
    ErrIssueFinal => "{} 已定稿，不能再修改", "{} is final and cannot be changed";
    ErrIssueExists => "{} 已经存在", "{} already exists";
    ErrIssueEmpty => "{} 还没有稿件，不能定稿", "{} has no items yet and cannot be finalised";
    ErrNotANumber => "“{}”不是正整数", "“{}” is not a positive whole number";
    ErrNotADate => "“{}”不是日期（例如 2023年8月14日 或 2023-08-14）", "“{}” is not a date (such as 2023年8月14日 or 2023-08-14)";
    ErrUnknownField => "没有名为“{}”的字段；可用：title number total supplement date publisher footer editors print-run，或页脚标签如 本期送", "no field named “{}”; use title number total supplement date publisher footer editors print-run, or a footer label such as 本期送";
    ErrEmptyValue => "值不能为空", "the value must not be empty";
    ErrUnitClash => "单位表中“{}”出现了两次", "“{}” appears twice in the unit list";

    // Undo labels
    UndoDecide => "标为{}（{} 篇）", "mark {} ({} items)";
    UndoEdit => "修改稿件 {}", "edit item {}";
    UndoNewIssue => "新建 {}", "new {}";
    UndoAdd => "编入 {} 篇稿件", "place {} items";
    UndoRemove => "撤下稿件 {}", "take out item {}";
    UndoMove => "把稿件 {} 移到第 {} 位", "move item {} to position {}";
    UndoSetField => "修改 {} 的刊头或页脚", "change masthead or footer of {}";
    UndoFinalise => "定稿 {}", "finalise {}";

    ErrSettings => "设置文件 {} 有误：{}", "settings file {}: {}";

    // Submissions
    SubmissionEmpty => "文件是空的", "the file is empty";
    ErrNoStore => "没有这个库：{}（导入稿件、jianbao demo 或 jianbao issue new 会新建它）", "no store at {} (importing, jianbao demo or jianbao issue new makes one)";
    ErrNotAStorePath => "“{}”不是文件：存入其中的内容随即丢失，请用 --db 指定一个文件", "“{}” is not a file: what is stored there is lost at once; give --db a file";
    ImportNotRegular => "不是普通文件（管道、设备等），不读取", "not a regular file (a pipe, a device …): not read";
    ErrNotRegularTarget => "{} 不是普通文件（设备、管道或文件夹），不会被覆盖；请换一个文件名", "{} is not a regular file (a device, a pipe or a folder) and will not be replaced; choose another name";
    SubmissionSeveral => "第{}行起像是另一篇稿件：一个文件只能放一篇，请分成两个文件再导入", "from line {} this looks like another item: one file holds one item, so split it and import again";
    SubmissionNoBody => "只有标题，没有正文", "there is a headline but no body";

    // Import
    ImportSummary => "导入 {} 篇（其中相似稿 {} 篇），已有 {} 篇，跳过 {} 个，失败 {} 个文件", "imported {} ({} near-duplicates), already there {}, skipped {}, failed {}";
    NoteImages => "原稿含 {} 张图片，未导入", "the original has {} pictures, not imported";
    ImportIsDirectory => "这是一个文件夹", "this is a folder";
    ImportTooLarge => "文件太大（{} MB），来稿文本不能超过 {} MB", "the file is too large ({} MB); a submission may be at most {} MB";
    ImportBinary => "不是文本文件（含有二进制内容）", "not a text file (it holds binary data)";
    ImportNotUtf8 => "不是 UTF-8 文本（第 {} 字节起无法识别）", "not UTF-8 text (unreadable from byte {})";
    ErrUnknownFormat => "不支持的格式“{}”；可用：{}", "unknown format “{}”; use one of: {}";
    ErrExportEncoding => "导出不支持编码“{}”；可用：utf-8、gb18030、gbk", "cannot export in “{}”; use utf-8, gb18030 or gbk";
    ErrUnmappable => "第 {} 行的“{}”无法用 {} 表示；请改用 gb18030 或 utf-8", "line {}: “{}” cannot be written in {}; use gb18030 or utf-8";
    ErrEncodingTextOnly => "只有 text 和 markdown 格式可以指定编码或换行", "only the text and markdown formats take an encoding or line endings";
    ErrBinaryToTerminal => "{} 是二进制格式，不能输出到终端；请用 -o 指定文件", "{} is a binary format and cannot go to the terminal; name a file with -o";
    ErrAllNeedsJson => "--all 只能与 --format json 一起使用", "--all works only with --format json";
    ErrJson => "不是可读的 jianbao JSON：{}", "not readable jianbao JSON: {}";
    ErrJsonNewer => "此文件由更新版本的 jianbao 写出（格式版本 {}），请先升级", "this file was written by a newer jianbao (format version {}); upgrade first";
    ErrJsonFormat => "不是 jianbao 导出的 JSON（\"format\" 应为 jianbao-issue 或 jianbao-archive）", "not JSON exported by jianbao (\"format\" should be jianbao-issue or jianbao-archive)";
    Restored => "已恢复：{} 期，{} 篇稿件，{} 个单位（{}）", "restored {} issues, {} items and {} units ({})";
    RestoredSameIds => "编号与原库一致", "numbered as in the original store";
    RestoredNewIds => "库中已有内容，已重新编号", "the store was not empty, so they were numbered anew";

    // Command-line help
    HelpTemplate => "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}", "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}";
    HelpRoot => "简报编辑工作台：来稿分拣、组版、预览与导出。不带子命令时打开工作台。", "An editorial workstation for Chinese information bulletins (简报): triage submissions, assemble issues, preview and export. With no subcommand it opens the workstation.";
    HelpImport => "导入来稿：文件或整个文件夹（.txt .md .docx），或用 --bulletin 导入整期简报", "import submissions: files or whole folders (.txt .md .docx), or whole printed issues with --bulletin";
    HelpList => "列出稿件，最新的在前", "list items, newest first";
    HelpEdit => "在编辑器（$VISUAL 或 $EDITOR）中修改一篇稿件，保存后读回；已刊发的稿件不能修改", "edit an item in $VISUAL or $EDITOR, read back on save; a published item is refused";
    Edited => "已修改稿件 {}（可用 jianbao undo 撤销）", "item {} changed (jianbao undo takes it back)";
    HelpShow => "显示一篇稿件的全文", "show one item in full";
    HelpAccept => "采用稿件", "accept items";
    HelpReject => "退稿", "reject items";
    HelpHold => "暂缓稿件", "hold items";
    HelpUndo => "撤销上一步改动（状态、编排、修改）", "undo the last change (decision, assembly, edit)";
    HelpIssue => "编排期刊：新建、编入稿件、排序、刊头页脚、定稿", "assemble issues: create, place items, order, masthead and footer, finalise";
    HelpIssueNew => "新建一期草稿（期号默认接续本年度上一期）", "start a draft issue (numbered after the year's last issue)";
    HelpIssueList => "列出所有期", "list all issues";
    HelpIssueShow => "显示一期的刊头、稿件顺序和页脚", "show an issue's masthead, items in order, and footer";
    HelpIssueAdd => "把稿件编入一期（未采用的稿件随之采用）", "place items in an issue (items not yet accepted are accepted)";
    HelpIssueRemove => "把稿件撤出一期（仍为采用）", "take an item out of an issue (it stays accepted)";
    HelpIssueMove => "调整稿件在本期中的位置", "move an item to another position in its issue";
    HelpIssueSet => "修改刊头或页脚字段", "change a masthead or footer field";
    HelpIssueFinalise => "定稿：这一期不再修改，稿件标为已刊发", "finalise: the issue is closed and its items published";
    HelpIssueDelete => "删除一期草稿，稿件退回采用队列", "delete a draft issue; its items go back to the accepted queue";
    HelpExport => "导出一期（默认输出到屏幕）", "export an issue (to standard output unless -o is given)";
    HelpDemo => "载入样例数据（单位表、第 56 期、样例来稿）", "load the sample data (unit list, issue 56, sample submissions)";
    HelpConfig => "显示设置文件的位置和当前设置", "show where the settings file is and the settings in effect";
    HelpUnits => "列出单位表及简称", "list the units and their aliases";
    HelpStatus => "显示数据文件概况", "summarise the store";
    HelpArgDb => "数据文件路径（默认在系统数据目录）", "store file (default: in the platform data directory)";
    HelpArgConfig => "设置文件路径", "settings file";
    HelpArgLang => "界面语言：zh 或 en", "interface language: zh or en";
    HelpArgDryRun => "只读不存：列出将要保存的内容（刊头、栏目、每篇稿件的单位与报送人员、没把握的行）", "read without storing: show what would be stored (masthead, columns, each item's units and contributors, lines the reader was unsure of)";
    HelpArgImportJson => "单独使用：从 export --format json 的文件恢复；与 --dry-run 或 --bulletin 同用：以 JSON 输出读到的内容", "alone: restore from a file written by export --format json; with --dry-run or --bulletin: print what was read as JSON";
    ErrRestoreEncoding => "恢复 JSON 文件时不用 --encoding（JSON 总是 UTF-8）", "--encoding does not apply when restoring JSON (JSON is always UTF-8)";
    HelpArgBulletin => "文件是整期简报", "the files are whole printed issues";
    HelpArgFiles => "要导入的文件或文件夹", "files or folders to import";
    HelpArgStatus => "只列出此状态：new accepted held rejected published（或 待处理 采用 暂缓 退稿 已刊发）", "only this status: new accepted held rejected published";
    HelpArgUnit => "只列出此单位的来稿", "only items from this unit";
    HelpArgSearch => "全文检索（中文任意长度）", "full-text search (Chinese of any length)";
    HelpArgLimit => "最多列出多少篇", "list at most this many";
    HelpArgReason => "退稿理由", "reason for rejecting";
    HelpArgNewNumber => "期号（默认接续本年度上一期）", "issue number (default: the next in the year)";
    HelpArgDate => "日期，如 2023年8月14日 或 2023-08-14（默认今天）", "date, such as 2023-08-14 (default: today)";
    HelpArgNewSupplement => "增刊（单独编号）", "a supplement (增刊, numbered apart)";
    HelpArgBrief => "作为“△”简讯编入", "place as △ briefs";
    HelpArgTo => "新位置（从 1 起）", "new position (from 1)";
    HelpArgField => "字段：title number total supplement date publisher footer editors print-run，或页脚标签如 本期送、发", "field: title number total supplement date publisher footer editors print-run, or a footer label such as 本期送";
    HelpArgValue => "新值（空值删除该页脚行）", "new value (empty removes that footer line)";
    HelpArgFormat => "格式：text、markdown、html（打印用）、docx（Word/WPS）、json", "format: text, markdown, html (for printing), docx (Word/WPS), json";
    HelpBackup => "在使用中也可做一份完整一致的库副本（默认放在库旁的 backups 文件夹）", "make a consistent copy of the store, even while it is in use (default: the backups folder beside it)";
    HelpRestore => "检查一份库副本，确认后用它替换当前库（原库另存一份）", "check a copy of the store and, once confirmed, replace the store with it (the current one is kept aside)";
    HelpVerify => "检查库：文件完整性、表间关联、每篇稿件、各期顺序、检索索引", "check the store: file integrity, links between tables, every item, each issue's order, the search index";
    HelpArgBackupPath => "副本写到这里", "where the copy goes";
    HelpArgRestorePath => "要恢复的库副本", "the copy to restore";
    HelpArgYes => "不询问，直接替换", "replace without asking";
    BackupDone => "已备份到 {}（{} 篇稿件，{} 期）", "backed up to {} ({} items, {} issues)";
    RestoreAsk => "用 {}（{} 篇稿件，{} 期）替换 {}（{} 篇稿件，{} 期）？[y/N] ", "{} ({} items, {} issues) will replace {} ({} items, {} issues). Go ahead? [y/N] ";
    RestoreNeedsYes => "不在终端上运行，无法询问；确认要替换请加 --yes", "not on a terminal, so cannot ask; add --yes to replace";
    RestoreDamaged => "{} 已损坏，不能用来恢复：{}", "{} is damaged and cannot be restored: {}";
    RestoreCancelled => "未替换，库保持原样", "not replaced; the store is unchanged";
    RestoreDone => "已恢复：{} 篇稿件，{} 期；原库另存为 {}", "restored: {} items, {} issues; the previous store is kept as {}";
    VerifyOk => "库完好：{} 篇稿件，{} 期，检索索引一致", "the store is sound: {} items, {} issues, the search index matches";
    DailyBackupDone => "今日备份：{}", "today's backup: {}";
    DailyBackupFailed => "今日备份失败：{}", "today's backup failed: {}";
    HelpArgAll => "导出整个库（期、稿件、单位），需 --format json", "export the whole store (issues, items, units); needs --format json";
    HelpArgExportEncoding => "text 与 markdown 的编码：utf-8（默认）、utf-8-bom、gb18030、gbk", "encoding of text and markdown: utf-8 (default), utf-8-bom, gb18030, gbk";
    HelpArgCrlf => "用 Windows 换行（CRLF），便于记事本打开", "Windows line endings (CRLF), for Notepad";
    HelpArgOutput => "写入此文件（不写则输出到屏幕）", "write to this file (default: standard output)";
    HelpArgWidth => "每行字数（0 表示每段一行；wrap 默认取设置中的行宽）", "characters (字) per line; 0 keeps one paragraph per line (wrap: default from the settings)";
    HelpArgPageLines => "每页行数，并加页码", "lines per page, with page numbers";
    HelpArgHang => "允许句末的“、，。”悬挂出行", "let a closing 、，。 hang past the line end";
    HelpArgSynthetic => "另外生成 N 篇仿真稿件（用于压力测试）", "also generate N realistic items (for load tests)";
    HelpArgInit => "若设置文件不存在，写出一份默认设置", "write a settings file with the defaults if there is none";
    HelpArgJson => "以 JSON 输出", "output JSON";
    HelpArgItem => "稿件编号", "item id";
    HelpArgItems => "稿件编号（可多个）", "item ids";
    HelpArgNumber => "期号", "issue number";
    HelpArgYear => "年份（几年都有此期号时须指定）", "year (needed when several years have that number)";
    HelpArgIssueSeries => "刊物（几种刊物都有此期号时须指定，如 峡窝信息、上街信息·专报）", "series (needed when several series have that number, e.g. 峡窝信息, 上街信息·专报)";
    HelpArgNewSeries => "刊物（默认为设置中的刊名）", "series (default: the one in the settings)";
    HelpArgSupplement => "指增刊", "the supplement (增刊) with that number";

    HelpCompletions => "输出 Shell 补全脚本：bash、zsh、fish、powershell 或 elvish（安装方法见 README）", "print a shell completion script: bash, zsh, fish, powershell or elvish (README says how to install it)";
    HelpMan => "输出手册页（man 格式，可用 man -l - 阅读）；加 --dir 则把总页和各子命令的页都写到一个文件夹", "print the manual page (man format; read it with man -l -); with --dir, write it and a page for each subcommand to a folder";
    HelpArgShell => "哪种 Shell", "which shell";
    HelpArgManDir => "写到这个文件夹，如 ~/.local/share/man/man1", "write to this folder, such as ~/.local/share/man/man1";
    ManWritten => "已写出手册页 {} 个到 {}", "wrote {} manual pages to {}";

    // Progress on standard error
    ProgressStep => "[{}/{}] {}", "[{}/{}] {}";
    ProgressIntegrity => "检查文件完整性", "checking the file's integrity";
    ProgressLinks => "检查表间关联和各期顺序", "checking links between tables and each issue's order";
    ProgressItems => "检查每篇稿件", "checking every item";
    ProgressIndex => "检查检索索引", "checking the search index";
    ProgressImport => "导入来稿", "importing submissions";
    ProgressRestoreJson => "恢复 {}", "restoring {}";
    ProgressArchive => "读出全库", "reading the whole store";
    ProgressWrite => "写出", "writing";
    ProgressExport => "导出", "exporting";
    ProgressBackup => "复制库", "copying the store";
    ProgressCheckCopy => "检查副本", "checking the copy";
    ProgressKeepCurrent => "另存当前库", "keeping the current store aside";
    ProgressCopyIn => "换入副本", "copying the backup in";
    ProgressCompare => "比对本期各篇稿件", "comparing the issue's items";
    ProgressStats => "统计", "counting";

    ErrorPrefix => "错误：", "error: ";
    ErrUnknownLang => "不支持的语言“{}”；可用 zh 或 en", "unknown language “{}”; use zh or en";

    // Command-line output
    SummaryItemFacts => "{}，{} 段，{} 字，{}", "{}, {} paragraphs, {} characters, {}";
    SummaryUnits => "单位：", "units: ";
    SummaryNoUnit => "（无单位，请补上）", "(no unit: add one)";
    SummaryUnitUnknown => "{}（单位表中没有）", "{} (not in the unit list)";
    SummaryUnitInferred => "{}（据标题或首句推断，请确认）", "{} (inferred from the text: confirm)";
    SummaryContributors => "报送人员：", "contributors: ";
    SummaryMarking => "刊头标志：", "marking: ";
    SummaryColumns => "栏目：", "columns: ";
    SummaryFooter => "报尾：", "footer: ";
    SummaryEditors => "责任编辑：", "editors: ";
    SummaryDryRun => "（试读，未保存）", "(dry run: nothing stored)";
    SummaryWouldImport => "{}：将导入（{}）", "{}: would be imported ({})";
    SummaryExists => "{}：库中已有（稿件 {}）", "{}: already in the store (item {})";
    RoleAuthor => "撰稿：", "author: ";
    RoleReviewer => "审核：", "reviewer: ";
    RoleSigner => "签发：", "signer: ";
    RoleContact => "联系人：", "contact: ";
    RolePhone => "联系电话：", "phone: ";
    ImportedIssue => "已导入 {}（正文 {} 篇，简讯 {} 篇）", "imported {} ({} articles, {} briefs)";
    ImportedItem => "稿件 {}：{}（{}）", "item {}: {} ({})";
    ImportedSimilar => "，与稿件 {} 相似", ", resembles item {}";
    ImportSkipped => "{}：跳过：{}", "{}: skipped: {}";
    ImportUnknownUnits => "单位表中没有这些单位（已按原文保存；可用 jianbao units add 补上或加简称）：{}", "units not in the unit list (kept as written; add them or an alias with jianbao units add): {}";
    ErrUnknownEncoding => "不认识的编码“{}”（例：utf-8、gbk、gb18030、utf-16le）", "unknown encoding “{}” (examples: utf-8, gbk, gb18030, utf-16le)";
    AlreadyImported => "{}：已导入过（稿件 {}）", "{}: already imported (item {})";
    ErrUnknownStatus => "没有“{}”这种状态；可用 new accepted held rejected published（或 待处理 采用 暂缓 退稿 已刊发）", "no status “{}”; use new accepted held rejected published";
    ColId => "编号", "id";
    ColStatus => "状态", "status";
    ColReceived => "收稿日期", "received";
    ColDate => "日期", "date";
    ColUnit => "单位", "unit";
    ColHeadline => "标题", "headline";
    ColChars => "字数", "chars";
    NothingFound => "（没有符合条件的稿件）", "(no items match)";
    ShowHead => "稿件 {} · {} · {} · {} 字", "item {} · {} · {} · {} chars";
    ShowHeadline => "标题：", "headline: ";
    ShowSources => "来源：", "source: ";
    ShowContributors => "报送人员：", "contributors: ";
    SourcesInferred => "{}（据原文推断，请确认）", "{} (inferred from the text: confirm)";
    InferredMark => "?", "?";
    ShowReceived => "收稿：", "received: ";
    ShowNote => "备注：", "note: ";
    ShowReason => "退稿理由：", "reason: ";
    Decided => "{} 篇稿件已标为{}", "{} items marked {}";
    Undone => "已撤销：{}", "undone: {}";
    NothingToUndo => "没有可撤销的改动", "nothing to undo";
    IssueCreated => "已新建 {}（草稿）", "created {} (draft)";
    IssueCounts => "正文 {} 篇，简讯 {} 篇", "{} articles, {} briefs";
    NoIssues => "（还没有期）", "(no issues yet)";
    IssueAdded => "已将 {} 篇稿件编入 {}", "placed {} items in {}";
    IssueRemoved => "已撤下稿件 {}", "took out item {}";
    IssueMoved => "稿件 {} 已移到第 {} 位", "item {} moved to position {}";
    IssueFieldSet => "已修改“{}”", "changed “{}”";
    IssueFinalised => "{} 已定稿", "{} is final";
    IssueDeleted => "已删除 {}", "deleted {}";
    CharsCount => "{} 字", "{} chars";
    IssueTotalChars => "本期共 {} 字", "{} characters in this issue";
    Exported => "已写入 {}", "wrote {}";
    StatusStore => "数据文件：{}", "store: {}";
    StatusItems => "稿件：待处理 {}，采用 {}，暂缓 {}，退稿 {}，已刊发 {}", "items: {} new, {} accepted, {} held, {} rejected, {} published";
    StatusIssues => "共 {} 期，最新：{}（{}）", "{} issues; latest: {} ({})";
    StatusEmptyHint => "数据文件是空的。载入样例：jianbao demo；导入来稿：jianbao import 文件…；帮助：jianbao --help", "The store is empty. Load samples: jianbao demo; import submissions: jianbao import FILE…; help: jianbao --help";
    DemoLoaded => "已载入单位 {} 个、样例来稿 {} 篇（已有 {} 篇）", "loaded {} units and {} sample items ({} already there)";
    DemoIssueLoaded => "已载入样刊 上街信息 2023年第56期", "loaded the sample issue 上街信息 2023 no. 56";
    DemoProgress => "生成仿真稿件", "generating items";
    DemoSynthetic => "已生成仿真稿件 {} 篇，用时 {} 秒", "generated {} items in {} s";
    ConfigPath => "设置文件：{}{}", "settings file: {}{}";
    ConfigDefaults => "（尚未创建，以下为默认设置；jianbao config --init 可写出）", " (not created; these are the defaults — jianbao config --init writes them)";
    ConfigWritten => "已写出设置文件 {}", "wrote the settings file {}";
    ConfigStore => "数据文件：{}", "store: {}";
    NoUnits => "（单位表是空的；jianbao demo 可载入样例单位表）", "(no units; jianbao demo loads the sample list)";
    HelpWrap => "按中文排版规则（避头尾、首行缩进）折行任意文本：每行一段，读文件或标准输入", "set any Chinese text by the layout rules (避头尾, first-line indent): one paragraph per line, from a file or standard input";
    HelpArgWrapFile => "要排的文件（不写则读标准输入）", "file to set (default: standard input)";
    HelpArgIndent => "段首缩进几个字", "字 of indentation opening each paragraph";

    // The $EDITOR form
    EditHelp => "以“# ”开头的行不会保存。空一行之后是正文，每段一行。类型：正文 或 简讯。", "Lines starting with “# ” are not kept. After one empty line comes the body, one paragraph per line. kind: article or brief.";
    EditFixAndSave => "没有保存：{}。改好后保存并退出，或清空文件放弃修改。", "not saved: {}. Fix it, save and quit — or empty the file to drop the change.";
    EditBadHeader => "第 {} 行“{}”不是标题、来源、类型、备注之一", "line {} “{}” is not one of headline, source, kind, note";
    EditBadKind => "第 {} 行：类型“{}”应为 正文 或 简讯", "line {}: kind “{}” must be article or brief";
    EditNoHeadline => "正文稿件需要标题", "an article needs a headline";
    EditNoBody => "正文是空的", "the body is empty";

    // The workstation: panes and titles
    PaneQueue => "稿件队列", "Queue";
    PaneAssembly => "本期编排", "Issue";
    PanePreview => "预览", "Preview";
    ScopeGlobal => "全局", "Everywhere";
    ScopeDetail => "查看稿件", "Open item";
    PaneQueueTitle => "稿件队列（{} {}）", "Queue ({} {})";
    PaneAssemblyTitle => "本期编排（正文 {} 简讯 {}，{} 字）", "Issue ({} articles, {} briefs, {} chars)";
    PanePreviewTitle => "预览（{}，全期 {} 字，本篇 {} 字）", "Preview ({}, issue {} chars, item {} chars)";
    PreviewWidth => "每行 {} 字", "{} per line";
    PreviewEmpty => "（没有打开的期）", "(no issue open)";
    PreviewLacking => " ！{} 篇缺来源或标题", " ! {} lack a source or headline";
    TopCounts => "待处理 {}  采用 {}  暂缓 {}  退稿 {}  已刊发 {}", "new {}  accepted {}  held {}  rejected {}  published {}";
    NoIssueOpen => "（未打开期）", "(no issue)";
    NoIssueHint => "还没有期：按 n 新建一期草稿", "No issue yet: press n for a new draft";
    IssueEmptyHint => "本期还没有稿件：在队列中按 A 编入正文，B 编入简讯", "No items yet: in the queue, A places an article, B a brief";
    QueueEmpty => "（没有符合条件的稿件）", "(no items match)";
    TooSmall => "窗口太小，请放大到至少 40×10", "Window too small: make it at least 40×10";
    HelpTitle => "按键（? 或 Esc 关闭）", "Keys (? or Esc closes)";
    FilterAllLabel => "全部", "all";
    FilterSearchLabel => "，检索“{}”", ", search “{}”";
    NoSource => "（无来源）", "(no source)";
    NoHeadline => "（无标题）", "(no headline)";
    NoOriginal => "（没有原稿）", "(no original)";
    DetailEdited => "编辑稿", "Edited";
    DetailOriginal => "原稿", "Original";
    MarkNew => "待", "new";
    MarkAccepted => "采", "acc";
    MarkHeld => "缓", "hld";
    MarkRejected => "退", "rej";
    MarkPublished => "刊", "pub";
    KeySpace => "空格", "Space";

    // The workstation: what keys do (help and hints)
    ActQuit => "退出", "quit";
    ActHelp => "帮助", "help";
    ActUndo => "撤销", "undo";
    ActFocusNext => "下一窗格", "next pane";
    ActFocusPrev => "上一窗格", "previous pane";
    ActFocusQueue => "队列", "queue";
    ActFocusAssembly => "编排", "issue";
    ActFocusPreview => "预览", "preview";
    ActZoom => "单窗格/多窗格", "one pane / all";
    ActDown => "下移", "down";
    ActUp => "上移", "up";
    ActScrollDown => "向下滚动", "scroll down";
    ActScrollUp => "向上滚动", "scroll up";
    ActPageDown => "下一页", "page down";
    ActPageUp => "上一页", "page up";
    ActTop => "到顶", "top";
    ActBottom => "到底", "bottom";
    ActFilterNew => "待处理", "new";
    ActFilterAccepted => "已采用", "accepted";
    ActFilterHeld => "暂缓", "held";
    ActFilterRejected => "退稿", "rejected";
    ActFilterAll => "全部", "all";
    ActFilterUnit => "按单位", "by unit";
    ActSearch => "检索", "search";
    ActClearFilters => "清除检索", "clear search";
    ActMark => "标记", "mark";
    ActAccept => "采用", "accept";
    ActReject => "退稿", "reject";
    ActHold => "暂缓", "hold";
    ActOpen => "查看", "open";
    ActEditExternal => "编辑器中修改", "edit in $EDITOR";
    ActEditHeadline => "改标题", "headline";
    ActEditSource => "改来源", "source";
    ActAddArticle => "编入正文", "place as article";
    ActAddBrief => "编入简讯", "place as brief";
    ActMoveDown => "后移", "move down";
    ActMoveUp => "前移", "move up";
    ActToggleKind => "正文/简讯", "article/brief";
    ActRemove => "撤出本期", "take out";
    MsgSeriesShown => "现在显示：{}（新建一期将属于这一刊物）", "showing {} (new issues will belong to it)";
    MsgOneSeries => "库中只有一种刊物", "the store holds one series only";
    ActNewIssue => "新建一期", "new issue";
    ActPrevIssue => "上一期", "older issue";
    ActPrevSeries => "上一种刊物（新建一期随之）", "previous series (new issues follow it)";
    ActNextSeries => "下一种刊物（新建一期随之）", "next series (new issues follow it)";
    ActNextIssue => "下一期", "newer issue";
    ActEditIssue => "刊头页脚", "masthead/footer";
    ActFinalise => "定稿", "finalise";
    ActExport => "导出", "export";
    FormatText => "文本", "text";
    FormatMarkdown => "Markdown", "Markdown";
    FormatHtml => "HTML（打印）", "HTML (print)";
    FormatDocx => "Word", "Word";
    FormatJson => "JSON", "JSON";
    MsgChooseFormat => "导出{}：按键选择格式，文件写入 {}", "export {}: press a key for the format; files go to {}";
    ActToggleWidth => "28字/随窗宽", "28 zi / pane width";
    ActToggleOriginal => "对照原稿", "original";
    ActClose => "关闭", "close";
    HintKeep => "保留检索", "keep";
    HintClear => "清除", "clear";
    HintConfirm => "确定", "confirm";
    HintCancel => "取消", "cancel";
    HintNextField => "下一栏", "next field";
    HintSave => "保存", "save";
    HintYes => "是", "yes";
    HintNo => "否", "no";

    // The workstation: prompts, questions, messages
    PromptSearch => "检索：", "Search: ";
    PromptReason => "退稿理由（{} 篇，可空）：", "Reason for rejecting ({} items, may be empty): ";
    PromptHeadline => "标题：", "Headline: ";
    PromptSource => "来源单位（多个用空格分开）：", "Source units (separated by spaces): ";
    PromptUnit => "只看单位（空则全部）：", "Only this unit (empty for all): ";
    ConfirmTitle => "请确认", "Confirm";
    ConfirmFinaliseDespite => "{} 的出版前检查发现 {} 处问题（见下）。仍要定稿吗？(y/n)", "The pre-publication check of {} found {} problems (below). Finalise anyway? (y/n)";
    ConfirmFinalise => "定稿 {}？定稿后不能再修改，稿件标为已刊发。(y/n)", "Finalise {}? It cannot be changed afterwards; its items become published. (y/n)";
    ConfirmSamples => "数据文件是空的。载入样例数据（单位表、样刊、26 篇来稿）？(y/n)", "The store is empty. Load the sample data (units, a sample issue, 26 submissions)? (y/n)";
    ConfirmQuit => "正在编辑，确定退出？未保存的输入将丢弃。(y/n)", "An edit is open. Quit and drop what was typed? (y/n)";
    FormTitle => "刊头与页脚（Enter 保存，Esc 取消）", "Masthead and footer (Enter saves, Esc cancels)";
    FieldSeries => "刊名", "Title";
    FieldNumber => "期号", "Number";
    FieldTotal => "总期号", "Total no.";
    FieldDate => "日期", "Date";
    FieldPublisher => "编发单位", "Publisher";
    FieldFooter => "页脚行", "Footer line";
    FieldEditors => "责任编辑", "Editors";
    FieldPrintRun => "共印份数", "Print run";
    FormRowError => "{}：{}", "{}: {}";
    MsgDecided => "{} 篇已标为{}（筛选：{}）", "{} items marked {} (filter: {})";
    MsgDecidedMarked => "已标记的 {} 篇已标为{}（筛选：{}）", "{} marked items marked {} (filter: {})";
    MsgMarksCleared => "筛选已变，清除了 {} 个标记", "the filter changed: {} marks cleared";
    MsgNoDraft => "没有打开的草稿：先按 n 新建一期", "no draft open: press n to start one";
    MsgNoIssue => "没有打开的期", "no issue open";
    MsgRefreshed => "数据已被另一个 jianbao 更新，已刷新", "the store was changed by another jianbao; refreshed";
    MsgFormSaved => "刊头与页脚已保存", "masthead and footer saved";
    MsgFormCancelled => "已取消，未作修改", "cancelled; nothing changed";
    MsgEditUnchanged => "稿件 {} 未作修改", "item {} unchanged";
    ErrEditor => "无法打开编辑器：{}（可设置 EDITOR 环境变量）", "could not run the editor: {} (set EDITOR)";
    ErrUnknownAction => "设置文件 [keys] 中没有名为“{}”的操作", "no action named “{}” in [keys] of the settings";
    ErrUnknownKey => "设置文件 [keys] 中“{}”不是可识别的按键（例：j、G、Enter、C-c、A-1、S-Down）", "“{}” in [keys] of the settings is not a key (examples: j, G, Enter, C-c, A-1, S-Down)";

    // Near-duplicates
    ErrNotSimilar => "稿件 {} 没有标记为相似稿", "item {} is not flagged as resembling another";
    UndoResolve => "处理相似稿 {}", "decide about similar item {}";
    ReasonDuplicate => "与稿件 {} 重复", "duplicate of item {}";
    ReasonReplaced => "已用本稿文字替换稿件 {}", "its text replaced item {}";
    ErrReplacePublished => "稿件 {} 已刊发，不能替换其文字", "item {} is published; its text cannot be replaced";

    // Import: encodings and Word files
    ImportBadEncoding => "按 {} 编码无法读取（含有无效字节）", "cannot be read as {} (invalid bytes)";
    ImportOldWord => "旧版 Word/WPS 文件（.doc/.wps）无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入", "an old Word/WPS file (.doc/.wps): save it as .docx in Word or WPS and import again";
    ImportBadDocx => "损坏的 .docx 文件（无法读出正文）", "a damaged .docx file (its text cannot be read)";
    ImportDocxTooLarge => ".docx 的正文解压后超过 {} MB，已拒绝", "the .docx text inflates past {} MB; refused";
    SkipLoop => "文件夹链接成环，已跳过", "a folder link loops back; skipped";
    SkipHidden => "隐藏或临时文件", "a hidden or temporary file";
    SkipType => "不是来稿文件（.{}）；可导入 .txt .md .docx", "not a submission (.{}); jianbao reads .txt .md .docx";
    SkipSpecial => "不是普通文件", "not a regular file";
    HelpUnitsAdd => "在单位表中加一个单位（已有则只加简称）", "add a unit to the list (or only its aliases if it is there)";
    HelpUnitsLoad => "从 TOML 文件载入单位表（[[unit]] name = … aliases = […]）", "load units from a TOML file ([[unit]] name = … aliases = […])";
    HelpArgUnitName => "单位全称", "the unit's full name";
    HelpArgAliases => "简称（可多个）", "aliases";
    HelpArgUnitFile => "单位表文件", "unit list file";
    HelpArgEncoding => "按此编码读取文本文件（默认自动识别 UTF-8、UTF-16、GB18030/GBK）", "read text files in this encoding (default: found out: UTF-8, UTF-16, GB18030/GBK)";
    ErrAliasTaken => "简称“{}”已属于“{}”", "the alias “{}” already belongs to “{}”";
    UnitAdded => "单位表：{}", "unit list: {}";

    // The workstation: import and near-duplicates
    ScopeCompare => "相似稿对照", "Similar items";
    ActImport => "导入来稿", "import";
    ActCompare => "对照相似稿", "compare with similar";
    ActKeepBoth => "两篇都留", "keep both";
    ActDropNew => "退掉新稿", "reject the new one";
    ActReplaceOld => "用新稿替换原稿文字", "replace the earlier text";
    PromptImport => "导入（文件或文件夹路径）：", "Import (file or folder): ";
    ReportTitle => "导入结果（Esc 关闭）", "Import report (Esc closes)";
    CompareTitle => "相似稿对照（相似度 {}%）", "Similar items ({}% alike)";
    CompareNew => "新稿 {}", "New item {}";
    CompareOld => "原稿 {}（{}）", "Earlier item {} ({})";

    // Proofing and the pre-publication check
    CheckMissingHeadline => "正文稿件没有标题", "an article without a headline";
    CheckMissingSource => "没有来稿单位", "no source unit";
    CheckTooLong => "{}共 {} 字，超过 {} 字", "{} of {} chars, over {}";
    CheckLongHeadline => "标题 {} 字，超过 {} 字", "headline of {} chars, over {}";
    CheckHeadlinePunct => "标题不应以“{}”结尾", "a headline should not end with “{}”";
    CheckHalfWidth => "中文中的半角“{}”应为“{}”", "half-width “{}” in Chinese: “{}”";
    CheckFullWidth => "全角字母数字“{}”应为“{}”", "full-width “{}”: “{}”";
    CheckMisnested => "“{}”未闭合就出现了“{}”（第 {} 字起）", "“{}” is still open when “{}” comes (from char {})";
    CheckUnopened => "多余的“{}”", "a stray “{}”";
    CheckUnclosed => "“{}”没有闭合", "“{}” is not closed";
    CheckDoubled => "标点重复：“{}{}”", "doubled mark: “{}{}”";
    CheckConflicting => "标点冲突：“{}{}”，请留一个", "conflicting marks “{}{}”: keep one";
    CheckSpace => "中文旁或行首行尾的多余空格", "a space beside Chinese, or at the start or end";
    CheckSpaces => "多余的空格", "doubled spaces";
    CheckTermFix => "“{}”应为“{}”", "“{}” should be “{}”";
    CheckTermAvoid => "“{}”在禁用词表中", "“{}” is on the list of words to avoid";
    CheckSeqNoStart => "“{}”之前没有“{}”", "“{}” without “{}” before it";
    CheckSeqGap => "“{}”之前缺“{}”", "“{}” comes, but “{}” is missing";
    CheckSeqRepeat => "“{}”重复或倒序（前面已到“{}”）", "“{}” repeats or goes back (after “{}”)";
    CheckEmptyIssue => "本期没有稿件", "the issue has no items";
    CheckNumberTaken => "第{}期已有", "issue {} exists already";
    CheckNumberGap => "期号不连续：上一期是第{}期，本期应为第{}期，现为第{}期", "the number skips: the last issue is {}, so this should be {}, not {}";
    CheckNumberFirst => "{}年还没有前一期，本期应为第1期，现为第{}期", "the first issue of {} should be number 1, not {}";
    CheckNoDate => "没有日期", "no date";
    CheckDateYear => "日期在{}年，期号按{}年编排", "the date is in {}, the number counts in {}";
    CheckNoPublisher => "没有编发单位", "no publisher";
    CheckDuplicate => "第 {} 篇与第 {} 篇相同", "items {} and {} are the same";
    CheckSimilar => "第 {} 篇与第 {} 篇相似（{}%）", "items {} and {} are alike ({}%)";
    CheckLayoutLine => "排版第 {} 行不合规则（过长的词被强行断开）：{}", "laid-out line {} breaks the rules (an overlong word was cut): {}";
    PlaceHeadline => "标题第 {} 字", "headline, char {}";
    PlaceBody => "正文第 {} 段第 {} 字", "paragraph {}, char {}";
    PlaceSources => "来源", "source";
    PlaceItem => "全文", "item";
    PlaceIssue => "本期", "issue";
    PlaceOfItem => "稿件 {} ", "item {} ";
    Fixable => "（可自动修正）", " (can be fixed automatically)";
    UndoFix => "校对修正 {} 篇", "proofing fixes to {} items";
    ErrBlocked => "出版前检查发现 {} 处问题，未定稿；改好后再定稿，或用 --force 坚持定稿", "the pre-publication check found {} problems; not finalised — fix them, or finalise with --force";
    Fixed => "已自动修正 {} 篇稿件（可用 jianbao undo 撤销）", "fixed {} items (jianbao undo takes it back)";
    CheckClean => "没有发现问题", "no problems found";
    CheckOverridden => "已坚持定稿，以下问题保留：", "finalised despite these problems:";

    // Adoption statistics
    PeriodAll => "全部时间", "all time";
    StatsTotal => "合计", "total";
    StatsRank => "排名", "rank";
    StatsSubmitted => "报送", "sent";
    StatsArticles => "采用正文", "articles";
    StatsBriefs => "采用简讯", "briefs";
    StatsAdopted => "采用合计", "used";
    StatsPending => "待定", "pending";
    StatsRate => "采用率", "rate";
    StatsScore => "得分", "score";
    StatsReportTitle => "{}稿件采用情况通报", "{}: items sent and used, by unit";
    StatsReportNote => "说明：报送指统计期内收到的来稿；采用指其中截至{}已定稿刊发的稿件，在统计期后刊发的也计入；待定指其中尚未刊发也未退稿、仍可能采用的稿件，计入报送而不计入采用。采用率 = 采用合计 ÷ 报送。正文每篇计 {} 分，简讯每篇计 {} 分；联合报送的稿件各单位分别计数。", "Sent: items received in the period. Used: those of them published in a final issue by {}, also after the period. Pending: those neither published nor rejected yet, which may still be used; they count in sent, not in used. Rate = used ÷ sent. An article counts {} points, a brief {}; an item from several units counts for each.";
    StatsRule => "采用率 = 采用合计 ÷ 报送；报送为统计期内收到的来稿，含待定", "rate = used ÷ sent; sent: items received in the period, pending included";
    StatsAsOf => "采用、待定：截至{}", "used and pending: as of {}";
    ErrCheckWhat => "请给出稿件编号，或用 --issue N 检查一期", "name items, or an issue with --issue N";
    ErrQuarter => "“{}”不是季度（例：2023Q3、current、previous）", "“{}” is not a quarter (examples: 2023Q3, current, previous)";
    HelpCheck => "校对稿件（标点、数字、成对符号、序号、来源、长度、错敏字），或对一期做出版前检查；有问题时退出码为 1", "proofread items (punctuation, digits, paired marks, numbering, source, length, word list), or run the pre-publication check of an issue; exit code 1 when something is found";
    HelpStats => "各单位信息采用统计：报送、采用、待定、采用率、得分与排名", "adoption statistics per unit: sent, used, pending, rate, score and rank";
    HelpArgCheckItems => "要校对的稿件编号", "items to proofread";
    HelpArgCheckIssue => "检查这一期（出版前检查和各篇校对）", "check this issue (pre-publication check and each item)";
    HelpArgFix => "自动修正能确定的问题（半角标点、全角数字、重复标点、多余空格、错别字表），可撤销", "apply the certain fixes (half-width punctuation, full-width digits, doubled marks, spaces, the word list); undoable";
    HelpArgFrom => "统计起始日期（含）", "first day of the period";
    HelpArgUntil => "统计截止日期（含）", "last day of the period";
    HelpArgQuarter => "统计季度：2023Q3、current（本季度）、previous（上季度）", "the quarter: 2023Q3, current, previous";
    HelpArgSeries => "只统计这一刊物的采用", "count use in this series only";
    HelpArgCsv => "以 CSV 输出", "output CSV";
    HelpArgReport => "输出可粘贴到文件中的通报文本（列以制表符分隔）", "output a 通报 to paste into a document (tab-separated columns)";
    HelpArgForce => "出版前检查有问题也坚持定稿", "finalise even if the pre-publication check finds problems";
    ActProofread => "自动修正", "fix";
    ActStats => "采用统计", "statistics";
    MsgFixed => "已自动修正 {} 篇（u 撤销）", "fixed {} items (u undoes)";
    MsgNothingToFix => "没有能自动修正的问题", "nothing that can be fixed automatically";
    StatsTitle => "采用统计：{}（←/→ 换时段，Esc 关闭）", "Statistics: {} (←/→ period, Esc closes)";
    PeriodQuarter => "本季度", "this quarter";
    PeriodLastQuarter => "上季度", "last quarter";
    PeriodYear => "本年", "this year";
    DetailFindings => "校对：{} 处（p 自动修正能确定的）", "Proofing: {} (p fixes the certain ones)";
    DetailClean => "校对：没有发现问题", "Proofing: nothing found";
}
