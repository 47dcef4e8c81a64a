package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.text.Language;

/** The page's words, in Chinese and English; {@code %s} marks what each names. */
enum Text {
  TITLE("绩效自评表复核", "Review of performance self-evaluation forms"),
  INTRO(
      "选择单位报来的工作簿（.xlsx、.xls）、表单文档（.json），或一个文件夹的压缩包（.zip），可一次选多个；选择评分规则，提交后即得每张表的复核报告和批注后的工作簿。",
      "Choose the units' workbooks (.xlsx, .xls), form documents (.json) or a zip of a folder,"
          + " several at once; choose the rule profile; submit to get every form's review report"
          + " and the annotated workbooks."),
  FILES("文件", "Files"),
  DROP("也可以把文件拖到这里。", "You may also drop the files here."),
  PROFILE("评分规则", "Rule profile"),
  SUBMIT("复核", "Review"),
  LIMITS(
      "每个文件最大 %s，每次最多 %s 个文件，合计最大 %s；压缩包最多 %s 个条目，解开后合计最大 %s。",
      "At most %s a file, %s files and %s an upload; a zip holds at most %s entries and unpacks to"
          + " at most %s."),
  KEPT(
      "文件只在本机处理，不上传到别处；报告和下载文件保留 %s 分钟后删除，不需要账号，也不存入数据库。",
      "Files are processed on this computer only; the report and the downloads are kept %s"
          + " minutes, then deleted; no account, no database."),
  OTHER_LANGUAGE("English", "中文"),
  DOWNLOADS("下载", "Downloads"),
  KEPT_UNTIL("以下文件保留到 %s（协调世界时），之后删除。", "The files below are kept until %s (UTC), then deleted."),
  ANNOTATED("批注后的工作簿 %s", "annotated workbook %s"),
  NOT_ANNOTATED("未能批注：%s", "not annotated: %s"),
  SCORECARDS_OF("评分卡", "scorecards"),
  ALL_WORKBOOKS("全部批注后的工作簿（压缩包）", "all annotated workbooks (zip)"),
  ALL_SCORECARDS("全部评分卡", "all scorecards"),
  AGAIN("复核另一批", "Review another batch"),
  TOO_LARGE(
      "上传超出限制，未处理：每个文件最大 %s，每次最多 %s 个文件，合计最大 %s。",
      "The upload is over a limit and was not read: at most %s a file, %s files and %s an upload."),
  INCOMPLETE(
      "上传不完整或格式不对，未处理，请重新提交。",
      "The upload is incomplete or malformed and was not read; please send it again."),
  FAILED(
      "复核页面自身出错（不是文件的问题），请报告此问题。",
      "The review page failed in itself, not because of the files: please report it."),
  NO_FILES("没有选择文件。", "No file was chosen."),
  NO_PROFILE("没有这个评分规则：%s", "No such rule profile: %s"),
  NOT_LOCAL(
      "复核页面只回答本机浏览器经 127.0.0.1 打开的请求。",
      "The review page answers only this computer's browser, at 127.0.0.1."),
  NOT_FOUND("没有这个页面，或者它已过期删除。", "No such page, or it has expired and was deleted."),
  ZIP_UNSAFE_NAME("压缩包中的条目名不安全（指向压缩包之外）：%s", "an entry's name points outside the zip: %s"),
  ZIP_BOMB(
      "压缩包解开后过大（条目最多 %s 个，合计最大 %s，最多为自身大小的 %s 倍），未读取",
      "the zip unpacks to too much (at most %s entries, %s in all, %s times its own size);"
          + " not read"),
  ZIP_DAMAGED("不是可读的压缩包", "not a readable zip"),
  ZIP_ENTRY_DAMAGED("压缩包中的这个条目已损坏，无法解开", "this entry of the zip is damaged and cannot be unpacked"),
  ZIP_EMPTY("压缩包中没有工作簿或表单文档", "the zip holds no workbook or form document"),
  BYTES("%s 字节", "%s bytes"),
  KB("%s 千字节", "%s KB"),
  MB("%s 兆字节", "%s MB"),
  LISTENING("复核页面已打开：%s", "The review page is at %s"),
  STOP("按 Ctrl-C 停止。", "Press Ctrl-C to stop."),
  PORT_TAKEN("无法在端口 %s 上打开复核页面：%s", "Cannot open the review page on port %s: %s");

  private final String chinese;
  private final String english;

  Text(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The words in a language, with what they name filled in. */
  String in(Language language, Object... arguments) {
    return String.format(language == Language.EN ? english : chinese, arguments);
  }

  /** A size in bytes as a person reads it, in whole MB or KB where it is one. */
  static String size(Language language, long bytes) {
    long kb = 1024;
    long mb = kb * kb;
    if (bytes >= mb && bytes % mb == 0) {
      return MB.in(language, String.valueOf(bytes / mb));
    }
    if (bytes >= kb && bytes % kb == 0) {
      return KB.in(language, String.valueOf(bytes / kb));
    }
    return BYTES.in(language, String.valueOf(bytes));
  }
}
