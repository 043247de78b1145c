<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CareerPlanner</source>
        <translation>CareerPlannerについて</translation>
    </message>
    <message>
        <source>%1 (cited %2)</source>
        <translation>%1(%2年時点)</translation>
    </message>
    <message>
        <source>No statistics in the database.</source>
        <translation>データベースに統計データがありません。</translation>
    </message>
    <message>
        <source>Plans an IT engineer&apos;s income and skills from public salary statistics and the listings you collect.</source>
        <translation>公開されている賃金統計と、あなたが集めた案件をもとに、ITエンジニアの年収とスキルを計画します。</translation>
    </message>
    <message>
        <source>Private and offline: no account, no telemetry, no network access. Everything stays in one database file on this computer.</source>
        <translation>プライベートかつオフライン: アカウント登録・利用状況の送信・ネットワーク通信はありません。データはすべて、このコンピューター上の1つのデータベースファイルに保存されます。</translation>
    </message>
    <message>
        <source>Licence: MIT. Built with Qt %1.</source>
        <translation>ライセンス: MIT。Qt %1 で作られています。</translation>
    </message>
    <message>
        <source>The model&apos;s weights (data/model_parameters.json) and the roadmap&apos;s effort estimates (data/roadmap_steps.json) are CareerPlanner&apos;s own, each written down with its reason. Estimates are not offers.</source>
        <translation>モデルの重み(data/model_parameters.json)とロードマップの所要期間の見積もり(data/roadmap_steps.json)はCareerPlanner独自のもので、それぞれ根拠を記載しています。推定値は実際の提示額ではありません。</translation>
    </message>
    <message>
        <source>Market data in use</source>
        <translation>使用中の市場データ</translation>
    </message>
    <message>
        <source>%1: %2 figures from %3 surveys and pages. Import a newer pack with File › Import market data….</source>
        <translation>%1: %3件の調査・ページから得た%2件の数値。より新しい市場データは「ファイル › 市場データを取り込む…」で取り込めます。</translation>
    </message>
    <message>
        <source>Chart statistics</source>
        <translation>チャートの統計データ</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Set up a team&apos;s listing database on PostgreSQL, and let people in.</source>
        <translation>PostgreSQL 上にチームの案件データベースを用意し、メンバーを登録します。</translation>
    </message>
    <message>
        <source>admin init-postgres URI
    Creates (or upgrades) the schema of the team database at URI and the roles %1 (search and read) and %2 (also import, merge and delete). Run as the database&apos;s owner; running it again changes nothing.
admin add-member URI NAME --role reader|editor
    Lets the login NAME use the team database with that role (creating the login without a password when it does not exist).</source>
        <translation>admin init-postgres URI
    URI のチームデータベースにスキーマを作成（または更新）し、ロール %1（検索と閲覧）と %2（取り込み・統合・削除も可）を作ります。データベースの所有者が実行してください。もう一度実行しても何も変わりません。
admin add-member URI NAME --role reader|editor
    ログイン名 NAME がそのロールでチームデータベースを使えるようにします（ログインがなければパスワードなしで作成します）。</translation>
    </message>
    <message>
        <source>For add-member: reader or editor.</source>
        <translation>add-member 用: reader または editor。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>init-postgres or add-member.</source>
        <translation>init-postgres または add-member。</translation>
    </message>
    <message>
        <source>The team database (postgresql://…).</source>
        <translation>チームデータベース（postgresql://…）。</translation>
    </message>
    <message>
        <source>For add-member: the person&apos;s login name.</source>
        <translation>add-member 用: その人のログイン名。</translation>
    </message>
    <message>
        <source>admin add-member: --role must be reader or editor</source>
        <translation>admin add-member: --role は reader か editor を指定してください</translation>
    </message>
    <message>
        <source>admin: expected &quot;init-postgres URI&quot; or &quot;add-member URI NAME --role reader|editor&quot;</source>
        <translation>admin: &quot;init-postgres URI&quot; または &quot;add-member URI NAME --role reader|editor&quot; を指定してください</translation>
    </message>
    <message>
        <source>The team database %1 is ready (schema version %2). Let people in with: careerplanner admin add-member %3 NAME --role reader|editor</source>
        <translation>チームデータベース %1 の準備ができました（スキーマバージョン %2）。メンバーの登録: careerplanner admin add-member %3 NAME --role reader|editor</translation>
    </message>
    <message>
        <source>admin add-member: &quot;%1&quot; is not a login name CareerPlanner accepts (letters, digits and _ . @ -, at most 63)</source>
        <translation>admin add-member: &quot;%1&quot; はログイン名として使えません（英字・数字と _ . @ - の 63 文字まで）</translation>
    </message>
    <message>
        <source>admin add-member: %1</source>
        <translation>admin add-member: %1</translation>
    </message>
    <message>
        <source>%1 may now use the team database %2 with the role %3.</source>
        <translation>%1 はロール %3 でチームデータベース %2 を使えるようになりました。</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Considering</source>
        <translation>検討中</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>応募済み</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>内定</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
</context>
<context>
    <name>CensusAgeCurve</name>
    <message>
        <source>software developers (ソフトウェア作成者)</source>
        <translation>ソフトウェア作成者</translation>
    </message>
    <message>
        <source>system consultants and designers (システムコンサルタント・設計者)</source>
        <translation>システムコンサルタント・設計者</translation>
    </message>
    <message>
        <source>other IT engineers (その他の情報処理・通信技術者)</source>
        <translation>その他の情報処理・通信技術者</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a chart to a PNG or SVG file: age (income by age), employment (by employment type), skills (skill-area radar) or rates (listing rates).</source>
        <translation>チャートをPNGまたはSVGファイルに描画します: age(年齢別年収)、employment(雇用形態別)、skills(スキル分野のレーダー)、rates(案件の単価分布)。</translation>
    </message>
    <message>
        <source>The image to write (.png or .svg).</source>
        <translation>書き出す画像ファイル(.png または .svg)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The profile JSON file to place on the chart (default: the saved one).</source>
        <translation>チャートに表示するプロフィールのJSONファイル(既定: 保存済みのプロフィール)。</translation>
    </message>
    <message>
        <source>Image size in pixels, e.g. 1200x800.</source>
        <translation>画像サイズ(ピクセル)。例: 1200x800。</translation>
    </message>
    <message>
        <source>age | employment | skills | rates</source>
        <translation>age | employment | skills | rates</translation>
    </message>
    <message>
        <source>chart: name one chart: age, employment, skills or rates</source>
        <translation>chart: age、employment、skills、rates のいずれかを指定してください</translation>
    </message>
    <message>
        <source>chart: --output FILE.png or FILE.svg is required</source>
        <translation>chart: --output で .png または .svg のファイルを指定してください</translation>
    </message>
    <message>
        <source>chart: the output file must end in .png or .svg</source>
        <translation>chart: 出力ファイル名は .png または .svg で終わる必要があります</translation>
    </message>
    <message>
        <source>chart: --size expects WIDTHxHEIGHT from 200x200 to 8000x8000</source>
        <translation>chart: --size には 200x200 〜 8000x8000 の 幅x高さ を指定してください</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>%1 を書き出しました(%2×%3)。</translation>
    </message>
    <message>
        <source>Draw a chart (age, employment, skills, rates) to a PNG or SVG file.</source>
        <translation>チャート(age、employment、skills、rates)をPNGまたはSVGファイルに描画します。</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the file name must end in .png or .svg</source>
        <translation>%1: ファイル名は .png または .svg で終わる必要があります</translation>
    </message>
    <message>
        <source>%1: cannot write the image: %2</source>
        <translation>%1: 画像を書き込めません: %2</translation>
    </message>
    <message>
        <source>Chart exported from CareerPlanner</source>
        <translation>CareerPlannerから書き出したチャート</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>By age</source>
        <translation>年齢別</translation>
    </message>
    <message>
        <source>By employment type</source>
        <translation>雇用形態別</translation>
    </message>
    <message>
        <source>Skill areas</source>
        <translation>スキル分野</translation>
    </message>
    <message>
        <source>Listing rates</source>
        <translation>案件の単価</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNGで書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>SVGで書き出す(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>チャートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG画像 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>チャートの書き出し</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>チャートを書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database for damage (read-only) and list its backups.</source>
        <translation>データベースに破損がないか確認し(読み取りのみ)、バックアップを一覧表示します。</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row</source>
        <translation>%1 の行が存在しない行を参照しています</translation>
    </message>
    <message>
        <source>%1 listings</source>
        <translation>案件 %1件</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>保存 %1件</translation>
    </message>
    <message>
        <source>%1 saved profiles</source>
        <translation>保存したプロフィール %1件</translation>
    </message>
    <message>
        <source>%1: damaged or unusable: %2</source>
        <translation>%1: 破損しているか使用できません: %2</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Run &quot;careerplanner restore&quot; to put it in place; the damaged file is moved aside, not deleted.</source>
        <translation>正常な最新のバックアップは %1 です。&quot;careerplanner restore&quot; を実行すると元の場所に戻します。破損したファイルは削除されず、名前を変えて残されます。</translation>
    </message>
    <message>
        <source>No good backup was found in %1.</source>
        <translation>%1 に正常なバックアップは見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1: ok (schema version %2; %3).</source>
        <translation>%1: 正常です(スキーマバージョン %2、%3)。</translation>
    </message>
    <message>
        <source>Backups: %1 in %2.</source>
        <translation>バックアップ: %2 に %1個</translation>
    </message>
    <message>
        <source>%1: ok (team database, schema version %2; %3 listings; this account %4).</source>
        <translation>%1: 正常（チームデータベース、スキーマバージョン %2、案件 %3 件、このアカウントは%4）。</translation>
    </message>
    <message>
        <source>may import, merge and delete</source>
        <translation>取り込み・統合・削除ができます</translation>
    </message>
    <message>
        <source>may search and read only</source>
        <translation>検索と閲覧のみできます</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Language of the interface: ja or en.</source>
        <translation>表示言語: ja または en。</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt; instead of the one chosen in Settings or the default (%1); or a team&apos;s listings at a PostgreSQL address (postgresql://user@host:5432/database?sslmode=verify-full).</source>
        <translation>設定で選んだデータベースや既定（%1）の代わりに &lt;path&gt; の SQLite データベースを使います。PostgreSQL のアドレス（postgresql://user@host:5432/database?sslmode=verify-full）を指定すると、チームの案件を使います。</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>CareerPlanner plans an IT engineer&apos;s income and skills, offline.

Without a command it opens the window. Commands:
%1
Run &quot;careerplanner &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>CareerPlannerは、ITエンジニアの年収とスキルの計画をオフラインで立てます。

コマンドを指定しない場合はウィンドウを開きます。コマンド:
%1
各コマンドのオプションは &quot;careerplanner &lt;コマンド&gt; --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>careerplanner: unknown command &quot;%1&quot;. Run &quot;careerplanner --help&quot; for the list of commands.</source>
        <translation>careerplanner: 不明なコマンド &quot;%1&quot; です。コマンドの一覧は &quot;careerplanner --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>A headless command (see above).</source>
        <translation>ウィンドウを開かずに実行するコマンド(上記参照)。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote appears inside an unquoted field</source>
        <translation>引用符で囲まれていないフィールドの中に引用符があります</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>フィールドの閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens on line %1)</source>
        <translation>引用符で囲まれたフィールドが閉じられていません(%1行目で開始)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>QtのSQLiteドライバーがインストールされていません(パッケージ: libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a CareerPlanner database or is damaged (%2). It was left untouched.</source>
        <translation>%1 はCareerPlannerのデータベースではないか、破損しています(%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CareerPlanner (schema version %2; this program knows up to %3). It was left untouched: update CareerPlanner to open it.</source>
        <translation>%1 は新しいバージョンのCareerPlannerで作成されています(スキーマバージョン %2。このプログラムが対応しているのは %3 までです)。ファイルは変更していません。開くにはCareerPlannerを更新してください。</translation>
    </message>
    <message>
        <source>Cannot configure %1 (%2): %3</source>
        <translation>%1 を設定できません(%2): %3</translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2</source>
        <translation>データベース %1 を更新できません: %2</translation>
    </message>
    <message>
        <source>Cannot load the bundled data into %1: %2</source>
        <translation>同梱データを %1 に読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before updating it (%2). It was left as it was.</source>
        <translation>%1 を更新する前のバックアップを作成できません(%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. It was left untouched.</source>
        <translation>%1 は破損しています: %2。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>%1 needs an update to schema version %2, but it can only be read here. Open it where it can be written, or restore a copy.</source>
        <translation>%1 はスキーマバージョン %2 への更新が必要ですが、この場所では読み取りしかできません。書き込める場所で開くか、コピーを復元してください。</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 を設定できません: %2</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ほか %1件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. It was left untouched.</source>
        <translation>%1 を読み取れません: %2。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of CareerPlanner. It was left untouched.</source>
        <translation>%1 は CareerPlanner ではなく別のプログラムのデータベースです。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けません: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>バックアップフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 はすでに存在します</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 を %2 にコピーできません</translation>
    </message>
    <message>
        <source>%1 is not a CareerPlanner database</source>
        <translation>%1 は CareerPlanner のデータベースではありません</translation>
    </message>
    <message>
        <source>cannot restore: %1</source>
        <translation>復元できません: %1</translation>
    </message>
    <message>
        <source>cannot move the journal files of %1 aside</source>
        <translation>%1 のジャーナルファイルを退避できません</translation>
    </message>
</context>
<context>
    <name>DueActionsBanner</name>
    <message>
        <source>overdue: %1</source>
        <translation>期限切れ: %1件</translation>
    </message>
    <message>
        <source>due in the next few days: %1</source>
        <translation>数日以内: %1件</translation>
    </message>
    <message>
        <source>Next actions of saved listings — %1</source>
        <translation>保存した案件の次のアクション — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show applications</source>
        <translation>応募管理を表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>EmploymentChartView</name>
    <message>
        <source>%1 × %2 h × 12 months</source>
        <translation>%1 × %2時間 × 12か月</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Your estimate (the model)</source>
        <translation>あなたの推定年収(モデル)</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>バックエンドエンジニア</translation>
    </message>
    <message>
        <source>Frontend engineer</source>
        <translation>フロントエンドエンジニア</translation>
    </message>
    <message>
        <source>&amp;Figures for:</source>
        <translation>統計の職種(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Billable hours a month:</source>
        <translation>稼働時間/月(&amp;B):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Published (low)</source>
        <translation>公表値(下限)</translation>
    </message>
    <message>
        <source>Published (high)</source>
        <translation>公表値(上限)</translation>
    </message>
    <message>
        <source>Your estimate</source>
        <translation>あなたの推定年収</translation>
    </message>
    <message>
        <source>Annual income (%1)</source>
        <translation>年収(%1)</translation>
    </message>
    <message>
        <source>No employment statistics in the database.</source>
        <translation>データベースに雇用形態別の統計がありません。</translation>
    </message>
    <message>
        <source>Hourly wages are annualised at %1 hours a month × 12 months. Sources: %2.</source>
        <translation>時給は月%1時間 × 12か月で年収に換算しています。出典: %2。</translation>
    </message>
    <message>
        <source>Annual income by employment type (hourly wages × %1 h a month × 12)</source>
        <translation>雇用形態別の年収(時給 × 月%1時間 × 12か月で換算)</translation>
    </message>
</context>
<context>
    <name>EmploymentType</name>
    <message>
        <source>Full-time employee</source>
        <translation>正社員</translation>
    </message>
    <message>
        <source>Freelance</source>
        <translation>フリーランス</translation>
    </message>
    <message>
        <source>Dispatched worker</source>
        <translation>派遣社員</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>アルバイト</translation>
    </message>
</context>
<context>
    <name>ExplanationTree</name>
    <message>
        <source>Figure / input</source>
        <translation>項目/入力</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Explanation of every figure</source>
        <translation>すべての数値の説明</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>分野: %1</translation>
    </message>
    <message>
        <source>Factor: %1</source>
        <translation>年収要因: %1</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>推定年収: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export listings to a CSV (UTF-8 with BOM, opens in Excel) or JSON file.</source>
        <translation>案件をCSV(BOM付きUTF-8、Excelで開けます)またはJSONファイルにエクスポートします。</translation>
    </message>
    <message>
        <source>csv or json; by default taken from the file name, else csv.</source>
        <translation>csv または json。既定ではファイル名の拡張子から判断し、判断できない場合は csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Export only the saved listings.</source>
        <translation>保存した案件のみをエクスポートします。</translation>
    </message>
    <message>
        <source>Export only the listings whose title, work or skills contain TEXT.</source>
        <translation>案件名・作業内容・スキルに指定したテキストを含む案件のみをエクスポートします。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>export: name the file to write, e.g. &quot;careerplanner export listings.csv&quot;</source>
        <translation>export: 書き出すファイルを指定してください。例: &quot;careerplanner export listings.csv&quot;</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (expected csv or json)</source>
        <translation>export: 不明な形式 &quot;%1&quot; です(csv または json を指定してください)</translation>
    </message>
    <message>
        <source>Cannot read the listings: %1</source>
        <translation>案件を読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Listings exported to %1: %2.</source>
        <translation>%1 にエクスポートした案件: %2件。</translation>
    </message>
</context>
<context>
    <name>FunnelChartView</name>
    <message>
        <source>Reached</source>
        <translation>到達数</translation>
    </message>
    <message>
        <source>How far the saved listings got</source>
        <translation>保存した案件の進み具合</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2%</source>
        <translation>%1&lt;br&gt;%2%</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>CareerPlanner cannot start</source>
        <translation>CareerPlannerを起動できません</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>データベースを開けませんでした。

%1</translation>
    </message>
    <message>
        <source>%1 can only be read here, so changes cannot be saved. Copy it to a writable folder, or choose another database file in the settings.</source>
        <translation>%1 はこの場所では読み取りしかできないため、変更を保存できません。書き込めるフォルダーにコピーするか、設定で別のデータベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>Restored the backup %1. The damaged file is kept as %2.</source>
        <translation>バックアップ %1 を復元しました。破損したファイルは %2 として残してあります。</translation>
    </message>
    <message>
        <source>Started a new database. The damaged file is kept as %1.</source>
        <translation>新しいデータベースを作成しました。破損したファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>CareerPlanner</source>
        <translation>CareerPlanner</translation>
    </message>
    <message>
        <source>CareerPlanner is already open</source>
        <translation>CareerPlanner はすでに開いています</translation>
    </message>
    <message>
        <source>The team database in the settings cannot be used, so the listings are this computer&apos;s own: %1</source>
        <translation>設定のチームデータベースを使えないため、このコンピューターの案件を表示します: %1</translation>
    </message>
</context>
<context>
    <name>HeaderLayout</name>
    <message>
        <source>Reset columns</source>
        <translation>列を元に戻す</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import listings from a CSV or JSON file.</source>
        <translation>CSVまたはJSONファイルから案件をインポートします。</translation>
    </message>
    <message>
        <source>CSV may be UTF-8 (with or without a BOM) or Shift_JIS as Japanese Excel writes it; headers may be Japanese or English. Without --skip-invalid, any invalid row stops the import and nothing is written.</source>
        <translation>CSVの文字コードは、UTF-8(BOMの有無は問いません)または日本語版Excelが出力するShift_JISに対応しています。列見出しは日本語でも英語でもかまいません。--skip-invalid を指定しない場合、不正な行が1つでもあるとインポートを中止し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Import the valid rows and list the rejected ones on stderr.</source>
        <translation>有効な行のみをインポートし、除外した行を標準エラー出力に一覧表示します。</translation>
    </message>
    <message>
        <source>What to do with a listing already stored (same title, rate and source): skip (default) or merge (fill its empty fields).</source>
        <translation>登録済みの案件(案件名・単価・出典が同じもの)の扱い: skip(既定。スキップ)または merge(空の項目を補完)。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>扱い</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import.</source>
        <translation>インポートするCSVまたはJSONファイル。</translation>
    </message>
    <message>
        <source>import: name one file to import, e.g. &quot;careerplanner import listings.csv&quot;</source>
        <translation>import: インポートするファイルを1つ指定してください。例: &quot;careerplanner import listings.csv&quot;</translation>
    </message>
    <message>
        <source>import: unknown duplicates policy &quot;%1&quot; (expected skip or merge)</source>
        <translation>import: 重複の扱い &quot;%1&quot; は不明です(skip または merge を指定してください)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2行目: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>%1行目: %2: %3</translation>
    </message>
    <message>
        <source>Invalid rows: %1. Nothing was imported. Fix them, or run with --skip-invalid to import the valid rows.</source>
        <translation>不正な行: %1件。何もインポートされませんでした。ファイルを修正するか、--skip-invalid を付けて実行すると有効な行のみをインポートできます。</translation>
    </message>
    <message>
        <source>%1 holds no valid listing; nothing was imported.</source>
        <translation>%1 には有効な案件がありません。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>インポートに失敗しました。何も書き込まれていません: %1</translation>
    </message>
    <message>
        <source>Listings imported from %1: %2.</source>
        <translation>%1 からインポートした案件: %2件。</translation>
    </message>
    <message>
        <source>Duplicates of stored listings skipped: %1.</source>
        <translation>登録済みの案件と重複するためスキップした案件: %1件。</translation>
    </message>
    <message>
        <source>Duplicates merged into stored listings: %1.</source>
        <translation>登録済みの案件に統合した重複: %1件。</translation>
    </message>
    <message>
        <source>Invalid rows rejected (listed on stderr): %1.</source>
        <translation>除外した不正な行(標準エラー出力に一覧表示): %1件。</translation>
    </message>
    <message>
        <source>Checking %1: %2%</source>
        <translation>%1 を確認中: %2%</translation>
    </message>
    <message>
        <source>Importing %1: %2 of %3 listings</source>
        <translation>%1 をインポート中: %3 件中 %2 件</translation>
    </message>
    <message>
        <source>Report progress for a script: one line on stderr per report, &quot;checking BYTES/TOTAL&quot; while reading and &quot;writing DONE/TOTAL&quot; once the transaction has begun.</source>
        <translation>スクリプト向けに進捗を報告します。報告ごとに標準エラー出力へ1行、読み込み中は「checking BYTES/TOTAL」、トランザクション開始後は「writing DONE/TOTAL」と出力します。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(行全体)</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 of %2 recognised: %3</source>
        <translation>%2件中%1件を認識: %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>求めるスキル</translation>
    </message>
</context>
<context>
    <name>ImportTextDecoder</name>
    <message>
        <source>the file starts with a Unicode byte order mark but its text is not valid Unicode</source>
        <translation>ファイルの先頭にUnicodeのBOMがありますが、内容が正しいUnicodeテキストではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>テキストではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS (CP932) text</source>
        <translation>ファイルの文字コードがUTF-8でもShift_JIS(CP932)でもありません</translation>
    </message>
</context>
<context>
    <name>ImportTextReader</name>
    <message>
        <source>the file is not valid %1 text after byte %2</source>
        <translation>%2 バイト目より後が %1 のテキストとして正しくありません</translation>
    </message>
</context>
<context>
    <name>IncomeByAge</name>
    <message>
        <source>job tag 10-year bands</source>
        <translation>job tag(10歳刻み)</translation>
    </message>
</context>
<context>
    <name>IncomeByAgeChartView</name>
    <message>
        <source>Annual income by age — %1</source>
        <translation>年齢別の平均年収 — %1</translation>
    </message>
    <message>
        <source>You: %1 at %2</source>
        <translation>あなた: %1(%2)</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1歳</translation>
    </message>
    <message>
        <source>You (enter your income on the profile page)</source>
        <translation>あなた(プロフィールページで年収を入力してください)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標年収: %1</translation>
    </message>
    <message>
        <source>Target (set one on the profile page)</source>
        <translation>目標年収(プロフィールページで設定してください)</translation>
    </message>
    <message>
        <source>Annual income (%1)</source>
        <translation>年収(%1)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Model estimate (full-time): %1</source>
        <translation>モデルの推定(正社員): %1</translation>
    </message>
    <message>
        <source>Model estimate (full-time)</source>
        <translation>モデルの推定(正社員)</translation>
    </message>
    <message>
        <source>%1: %2 (derived: monthly pay × 12 + bonus)
Source: %3</source>
        <translation>%1歳: %2(月給 × 12 + 賞与で算出)
出典: %3</translation>
    </message>
    <message>
        <source>Annual income by age: no wage census figures in the market data</source>
        <translation>年齢別の平均年収: 市場データに賃金構造基本統計調査の数値がありません</translation>
    </message>
    <message>
        <source>Wage census, 5-year bands</source>
        <translation>賃金センサス(5歳刻み)</translation>
    </message>
    <message>
        <source>job tag, 10-year bands</source>
        <translation>job tag(10歳刻み)</translation>
    </message>
    <message>
        <source>Wage census: %1, %2; annual pay derived as monthly pay (きまって支給する現金給与額) × 12 + bonus, all company sizes.</source>
        <translation>賃金構造基本統計調査: %1、%2。年収は「きまって支給する現金給与額」× 12 + 賞与で算出(企業規模計)。</translation>
    </message>
    <message>
        <source>job tag: %1.</source>
        <translation>job tag: %1。</translation>
    </message>
    <message>
        <source>From %1. Pay after 60 is for employees; freelance rates do not fall with age in the same way.</source>
        <translation>%1より。60歳以降の数値は会社員のものです。フリーランスの単価は、年齢とともに同じように下がるわけではありません。</translation>
    </message>
</context>
<context>
    <name>IncomeEstimator</name>
    <message>
        <source>Range</source>
        <translation>推定の幅</translation>
    </message>
    <message>
        <source>low and high lie %1 below and above the middle</source>
        <translation>下限と上限は中央値の±%1</translation>
    </message>
    <message>
        <source>Composite score %1</source>
        <translation>総合スコア %1</translation>
    </message>
    <message>
        <source>× %1 billable hours a month × %2 months</source>
        <translation>× 稼働時間 月%1時間 × %2か月</translation>
    </message>
    <message>
        <source>your listing database</source>
        <translation>あなたの案件データベース</translation>
    </message>
    <message>
        <source>The market data has no wage census figures for %1.</source>
        <translation>市場データに%1の賃金構造基本統計調査の数値がありません。</translation>
    </message>
    <message>
        <source>the %1 band: %2</source>
        <translation>%1歳の階級: %2</translation>
    </message>
    <message>
        <source>between the %1 band (%2) and the %3 band (%4)</source>
        <translation>%1歳の階級(%2)と%3歳の階級(%4)の間</translation>
    </message>
    <message>
        <source>%1; annual pay derived as monthly pay × 12 + bonus; all company sizes</source>
        <translation>%1。年収は月給 × 12 + 賞与で算出、企業規模計</translation>
    </message>
    <message>
        <source>; the drop after 60 applies to employment (re-employment on new terms), not to freelance rates</source>
        <translation>(60歳以降の減少は雇用されている場合(新しい条件での再雇用)のもので、フリーランスの単価には当てはまりません)</translation>
    </message>
    <message>
        <source>Wage census, %1, age %2</source>
        <translation>賃金センサス: %1、%2歳</translation>
    </message>
    <message>
        <source>%1 (50 is the census average; 0 → −%2, 100 → +%3)</source>
        <translation>%1(50が賃金センサスの平均。0で−%2、100で+%3)</translation>
    </message>
    <message>
        <source>The %1 wage census (%2) for your age and job type, moved by your composite score.</source>
        <translation>%1年の賃金構造基本統計調査(%2)によるあなたの年齢・職種の年収を、総合スコアで調整した値です。</translation>
    </message>
    <message>
        <source>The market data has no hourly figure for this employment type.</source>
        <translation>市場データにこの雇用形態の時給の数値がありません。</translation>
    </message>
    <message>
        <source>Hourly pay %1</source>
        <translation>公表値 %1</translation>
    </message>
    <message>
        <source>The advertised hourly wage of IT dispatch work at your billable hours, moved by your composite score.</source>
        <translation>IT系派遣の募集時給をあなたの稼働時間で年収に換算し、総合スコアで調整した値です。</translation>
    </message>
    <message>
        <source>The census hourly pay of part-time workers in information and communications at your age, at your billable hours, moved by your composite score.</source>
        <translation>賃金構造基本統計調査による、あなたの年齢の情報通信業の短時間労働者の時給を、あなたの稼働時間で年収に換算し、総合スコアで調整した値です。</translation>
    </message>
    <message>
        <source>The market data has no freelance rates.</source>
        <translation>市場データにフリーランスの単価がありません。</translation>
    </message>
    <message>
        <source>Published rate for your skills: %1</source>
        <translation>あなたのスキルの公表単価: %1</translation>
    </message>
    <message>
        <source>× %1 billed months, less a %2% agency margin</source>
        <translation>× 稼働%1か月、エージェント手数料%2%を差し引き</translation>
    </message>
    <message>
        <source>Listings you qualify for: none with a rate</source>
        <translation>応募条件を満たす案件: 単価の記載があるものなし</translation>
    </message>
    <message>
        <source>the published rate stands alone</source>
        <translation>公表単価のみを使用</translation>
    </message>
    <message>
        <source>The published rates of your skills (%1); no listing you qualify for states a rate yet.</source>
        <translation>あなたのスキルの公表単価(%1)に基づく値です。応募条件を満たす案件で、単価の記載があるものはまだありません。</translation>
    </message>
    <message>
        <source>Listings you qualify for: %1</source>
        <translation>応募条件を満たす案件: %1件</translation>
    </message>
    <message>
        <source>none pays more than the published rate, so none raises it (listings paying less never lower it: you would choose the better-paid work)</source>
        <translation>どの案件も公表単価を上回らないため、引き上げません(単価の低い案件で引き下げることもありません。より単価の高い仕事を選ぶはずだからです)</translation>
    </message>
    <message>
        <source>The published rates of your skills (%1); the listings you qualify for (%2) pay less.</source>
        <translation>あなたのスキルの公表単価(%1)に基づく値です。応募条件を満たす案件(%2件)の単価はこれより低くなっています。</translation>
    </message>
    <message>
        <source>Listings you qualify for: the best-paid %1 of %2</source>
        <translation>応募条件を満たす案件: %2件中、単価の高い上位%1件</translation>
    </message>
    <message>
        <source>%1 … %2 a month, blended with the published rate counted as %3 listings: %4 a month</source>
        <translation>%1 … %2。公表単価を%3件分として加えた平均: %4</translation>
    </message>
    <message>
        <source>your listing database; %1: freelance.priorListings</source>
        <translation>あなたの案件データベース; %1: freelance.priorListings</translation>
    </message>
    <message>
        <source>The published rates of your skills (%1), raised by %2 by the listings you qualify for: the best-paid %3 of %4.</source>
        <translation>あなたのスキルの公表単価(%1)を、応募条件を満たす案件(%4件中、単価の高い上位%3件)によって%2引き上げた値です。</translation>
    </message>
</context>
<context>
    <name>IncomeFactor</name>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Management experience</source>
        <translation>マネジメント経験</translation>
    </message>
    <message>
        <source>Upstream experience</source>
        <translation>上流工程の経験</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>実績</translation>
    </message>
</context>
<context>
    <name>JobType</name>
    <message>
        <source>Backend engineer</source>
        <translation>バックエンドエンジニア</translation>
    </message>
    <message>
        <source>Frontend engineer</source>
        <translation>フロントエンドエンジニア</translation>
    </message>
    <message>
        <source>Infrastructure engineer</source>
        <translation>インフラエンジニア</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>プロジェクトマネージャー</translation>
    </message>
</context>
<context>
    <name>JsonListStream</name>
    <message>
        <source>the file is not valid JSON: %1 (line %2)</source>
        <translation>JSON として正しくありません: %1(%2行目)</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>値があるべき所でファイルが終わっています</translation>
    </message>
    <message>
        <source>the file ends inside a value that opens on line %1</source>
        <translation>%1行目で始まる値の途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>the file ends inside a text that opens on line %1</source>
        <translation>%1行目で始まる文字列の途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>the file ends inside the list</source>
        <translation>リストの途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>カンマがありません</translation>
    </message>
    <message>
        <source>the file ends inside an object</source>
        <translation>オブジェクトの途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>a member&apos;s name in quotes is expected</source>
        <translation>引用符で囲んだメンバー名が必要です</translation>
    </message>
    <message>
        <source>a colon is missing after &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の後にコロンがありません</translation>
    </message>
    <message>
        <source>the file is neither a JSON object nor a list</source>
        <translation>JSON のオブジェクトでもリストでもありません</translation>
    </message>
    <message>
        <source>text follows the end of the document</source>
        <translation>文書の終わりの後に文字があります</translation>
    </message>
</context>
<context>
    <name>ListingBatchInsert</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
</context>
<context>
    <name>ListingComparison</name>
    <message>
        <source>%1+ years</source>
        <translation>%1年以上</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>✔ met (%1)</source>
        <translation>✔ 満たす(%1)</translation>
    </message>
    <message>
        <source>◐ partly (%1; you have %2)</source>
        <translation>◐ 一部(%1。あなたは%2年)</translation>
    </message>
    <message>
        <source>✘ not met (%1)</source>
        <translation>✘ 満たさない(%1)</translation>
    </message>
    <message>
        <source>? cannot be checked</source>
        <translation>? 判定できない</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>Annual equivalent</source>
        <translation>年収換算</translation>
    </message>
    <message>
        <source>negotiable</source>
        <translation>要相談</translation>
    </message>
    <message>
        <source>Hourly equivalent (%1 h/month)</source>
        <translation>時給換算(月%1時間)</translation>
    </message>
    <message>
        <source>Fit with your profile</source>
        <translation>プロフィールとの適合度</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Work content</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Take-home pay for you, a year</source>
        <translation>あなたの手取り(年額)</translation>
    </message>
    <message>
        <source>Take-home pay for you, a month</source>
        <translation>あなたの手取り(月額)</translation>
    </message>
</context>
<context>
    <name>ListingComparisonDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSVでエクスポート…</translation>
    </message>
    <message>
        <source>Compare listings</source>
        <translation>案件の比較</translation>
    </message>
    <message>
        <source>Listings side by side</source>
        <translation>案件の並列比較</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>比較結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ListingCsvImporter</name>
    <message>
        <source>the file has no header row: every line is blank</source>
        <translation>列見出しの行がありません: すべての行が空です</translation>
    </message>
    <message>
        <source>the file has a header but no listings</source>
        <translation>列見出しはありますが、案件がありません</translation>
    </message>
    <message>
        <source>no column is mapped to the title; the header has %1. Map one column to the title (for example 概要 or 案件名).</source>
        <translation>案件名に対応する列がありません(列見出し: %1)。いずれかの列を案件名に対応付けてください(例: 概要、案件名)。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>この行の項目数は%1ですが、列見出しは%2列です</translation>
    </message>
    <message>
        <source>the field is %1 characters long; the limit is %2</source>
        <translation>項目が%1文字あります(上限は%2文字)</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>案件名が空です</translation>
    </message>
</context>
<context>
    <name>ListingDetailsView</name>
    <message>
        <source>Listing details</source>
        <translation>案件の詳細</translation>
    </message>
    <message>
        <source>Select a listing to see all of its details.</source>
        <translation>案件を選択すると、すべての詳細が表示されます。</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>Rate as written</source>
        <translation>単価(原文表記)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>業務種別</translation>
    </message>
    <message>
        <source>Work content</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>求めるスキル</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>A sample listing shipped with CareerPlanner.</source>
        <translation>CareerPlannerに同梱されているサンプル案件です。</translation>
    </message>
    <message>
        <source>Requirements read from the listing</source>
        <translation>案件から読み取った要件</translation>
    </message>
    <message>
        <source>(outside the catalogue)</source>
        <translation>(カタログ外)</translation>
    </message>
    <message>
        <source>at least %1 years</source>
        <translation>%1年以上</translation>
    </message>
    <message>
        <source>Requirements: fit %1%</source>
        <translation>要件: 適合度 %1%</translation>
    </message>
    <message>
        <source>met (you: %1 years)</source>
        <translation>満たす(あなた: %1年)</translation>
    </message>
    <message>
        <source>partly: you have %1 years</source>
        <translation>一部(あなたは%1年)</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>満たさない</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>判定できない</translation>
    </message>
    <message>
        <source>as a freelancer billing %1 months</source>
        <translation>フリーランスで年%1か月稼働</translation>
    </message>
    <message>
        <source>as pay, %1</source>
        <translation>給与として、%1</translation>
    </message>
    <message>
        <source>Take-home for you</source>
        <translation>あなたの手取り</translation>
    </message>
    <message>
        <source>%1 a month, %2 a year (%3; %4 rules)</source>
        <translation>月 %1、年 %2(%3、%4年の制度)</translation>
    </message>
</context>
<context>
    <name>ListingField</name>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>求めるスキル</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>業務種別</translation>
    </message>
</context>
<context>
    <name>ListingFileImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was previewed; read it again before importing.</source>
        <translation>%1 はプレビューの後に変更されました。インポートする前にもう一度読み込んでください。</translation>
    </message>
</context>
<context>
    <name>ListingFileReader</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ListingFilterBar</name>
    <message>
        <source>Saved listings</source>
        <translation>保存した案件</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存済み: %1</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>すべての案件</translation>
    </message>
    <message>
        <source>Best fit first</source>
        <translation>適合度の高い順</translation>
    </message>
    <message>
        <source>Highest rate first</source>
        <translation>単価の高い順</translation>
    </message>
    <message>
        <source>Lowest rate first</source>
        <translation>単価の安い順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新着順</translation>
    </message>
    <message>
        <source>Search title, work and skills (e.g. Java, 決済, AWS)</source>
        <translation>案件名・作業内容・スキルを検索(例: Java、決済、AWS)</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>案件を検索</translation>
    </message>
    <message>
        <source>Sort listings</source>
        <translation>案件の並べ替え</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Lowest monthly rate</source>
        <translation>月単価の下限</translation>
    </message>
    <message>
        <source>Highest monthly rate</source>
        <translation>月単価の上限</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Position contains</source>
        <translation>ポジション(部分一致)</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>業務種別</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>求めるスキル</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Any contract</source>
        <translation>すべての契約形態</translation>
    </message>
    <message>
        <source>Any duration</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Any kind of work</source>
        <translation>すべての業務種別</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>すべてのスキル</translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Skip listings already stored</source>
        <translation>登録済みの案件はスキップ</translation>
    </message>
    <message>
        <source>Merge: fill the stored listing&apos;s empty fields</source>
        <translation>統合: 登録済みの案件の空の項目を補完</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>案件のインポート</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Listings to import</source>
        <translation>インポートする案件</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>除外した行</translation>
    </message>
    <message>
        <source>Duplicates (same title, rate and source):</source>
        <translation>重複(案件名・単価・出典が同じ):</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>インポート対象(%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>除外(%1)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 %2行目</translation>
    </message>
    <message>
        <source>Nothing can be imported from %1:</source>
        <translation>インポートできません(%1):</translation>
    </message>
    <message>
        <source>To import: %1 · rejected: %2</source>
        <translation>インポート対象: %1件 · 除外: %2件</translation>
    </message>
    <message>
        <source> · already stored: %1</source>
        <translation> · 登録済み: %1件</translation>
    </message>
    <message>
        <source> · read as %1</source>
        <translation> · 文字コード: %1</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; fix them in the file and import again, or import the rest now.</source>
        <translation>除外した行はインポートされません。ファイルを修正してもう一度インポートするか、残りの案件を今すぐインポートしてください。</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(この列は無視)</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>列「%1」の取り込み先</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Importing %1 listings…</source>
        <translation>%1件の案件をインポート中…</translation>
    </message>
    <message>
        <source>%v of %m listings</source>
        <translation>%v / %m件</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>インポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>インポートに失敗しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>読み込み中… %p%</translation>
    </message>
    <message>
        <source>The tables show the first %1 rows of each kind; all of them are counted, and Import writes every one.</source>
        <translation>表にはそれぞれ先頭の %1 行だけを表示しています。件数はすべての行を数えたもので、「インポート」ですべての行を書き込みます。</translation>
    </message>
    <message>
        <source>The stored listings could not be read to find duplicates: %1</source>
        <translation>重複を調べるための保存済み案件を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ListingImportWriter</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>インポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>インポートをコミットできません: %1</translation>
    </message>
</context>
<context>
    <name>ListingJson</name>
    <message>
        <source>this is not a CareerPlanner listings file (&quot;format&quot; is not &quot;careerplanner-listings&quot;)</source>
        <translation>CareerPlannerの案件ファイルではありません(&quot;format&quot; が &quot;careerplanner-listings&quot; ではありません)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; は1以上の整数である必要があります</translation>
    </message>
    <message>
        <source>this file was written by a newer version of CareerPlanner (listings format %1; this version reads %2)</source>
        <translation>このファイルは新しいバージョンのCareerPlannerで作成されています(案件ファイルの形式 %1。このバージョンが読み込めるのは形式 %2 です)</translation>
    </message>
    <message>
        <source>&quot;listings&quot; is missing or is not a list</source>
        <translation>&quot;listings&quot; がないか、リストではありません</translation>
    </message>
    <message>
        <source>the file has no listings</source>
        <translation>ファイルに案件がありません</translation>
    </message>
    <message>
        <source>the listing is not an object</source>
        <translation>案件がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation>%1 は文字列である必要があります</translation>
    </message>
    <message>
        <source>title is missing</source>
        <translation>案件名(title)がありません</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>案件名が空です</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値である必要があります</translation>
    </message>
    <message>
        <source>ratePeriod must be &quot;month&quot; or &quot;hour&quot;</source>
        <translation>ratePeriod は &quot;month&quot; または &quot;hour&quot; である必要があります</translation>
    </message>
    <message>
        <source>saved must be true or false</source>
        <translation>saved は true または false である必要があります</translation>
    </message>
    <message>
        <source>status must be a text</source>
        <translation>status は文字列である必要があります</translation>
    </message>
    <message>
        <source>savedNote must be a text</source>
        <translation>savedNote は文字列である必要があります</translation>
    </message>
    <message>
        <source>skills must be a list of {&quot;name&quot;, &quot;minYears&quot;}</source>
        <translation>skills は {&quot;name&quot;, &quot;minYears&quot;} のリストである必要があります</translation>
    </message>
    <message>
        <source>each skill must be {&quot;name&quot;: text, &quot;minYears&quot;: number ≥ 0}</source>
        <translation>各スキルは {&quot;name&quot;: 文字列, &quot;minYears&quot;: 0以上の数値} である必要があります</translation>
    </message>
    <message>
        <source>uuid must be a UUID such as 3f2b8c1e-0d4a-4c6b-9a7e-5b1d2c3e4f50</source>
        <translation>uuid は 3f2b8c1e-0d4a-4c6b-9a7e-5b1d2c3e4f50 のような UUID でなければなりません</translation>
    </message>
</context>
<context>
    <name>ListingRate</name>
    <message>
        <source>up to %1</source>
        <translation>〜%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>Negotiable</source>
        <translation>要相談</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation>%1(≈ %2)</translation>
    </message>
</context>
<context>
    <name>ListingRatesChartView</name>
    <message>
        <source>All listings</source>
        <translation>すべての案件</translation>
    </message>
    <message>
        <source>Kind of work: %1</source>
        <translation>業務種別: %1</translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation>スキル: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Listings you qualify for</source>
        <translation>あなたが応募条件を満たす案件</translation>
    </message>
    <message>
        <source>Other listings</source>
        <translation>その他の案件</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>%1 listings with a rate</source>
        <translation>単価のある案件 %1件</translation>
    </message>
    <message>
        <source>; %1 negotiable, not shown</source>
        <translation>(要相談の %1件 は非表示)</translation>
    </message>
    <message>
        <source>You do not yet qualify for any of them (a fit of at least %1%).</source>
        <translation>まだ条件を満たす案件はありません(適合度%1%以上)。</translation>
    </message>
    <message>
        <source>You qualify for %1 of them, paying %2 to %3.</source>
        <translation>そのうち %1件 の条件を満たしています(%2〜%3)。</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>a rate bin: this rate and more</comment>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>Monthly rates of the listings in your database (number of listings)</source>
        <translation>データベース内の案件の月単価(縦軸は案件数)</translation>
    </message>
</context>
<context>
    <name>ListingRepository</name>
    <message>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>コミットできません: %1</translation>
    </message>
    <message>
        <source>saved listings are the user&apos;s own and are kept in the local file, not in the team database: a search of the team database cannot filter by them</source>
        <translation>保存した案件は利用者自身のもので、チームデータベースではなくローカルのファイルに保存されています。チームデータベースの検索では保存済みで絞り込めません</translation>
    </message>
</context>
<context>
    <name>ListingTableModel</name>
    <message>
        <source>%1 (sample)</source>
        <translation>%1(サンプル)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>業務種別</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>求めるスキル</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合度</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ListingsCommand</name>
    <message>
        <source>Print the stored listings.</source>
        <translation>保存されている案件を出力します。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation>出力形式: text(既定)、json、csv のいずれか。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>listings: unexpected argument &quot;%1&quot;</source>
        <translation>listings: 予期しない引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>listings: unknown format &quot;%1&quot; (expected text, json or csv)</source>
        <translation>listings: 不明な形式 &quot;%1&quot; です(text、json、csv のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>Cannot read the listings: %1</source>
        <translation>案件を読み込めません: %1</translation>
    </message>
    <message>
        <source>Only listings whose title, work or skills contain TEXT.</source>
        <translation>案件名・作業内容・スキルに指定したテキストを含む案件のみ。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Only the saved listings.</source>
        <translation>保存した案件のみ。</translation>
    </message>
    <message>
        <source>Only saved listings with this status: interested, applied, interviewing, offered, contracted or declined.</source>
        <translation>指定したステータスの保存した案件のみ: interested(検討中)、applied(応募済み)、interviewing(面談)、offered(内定)、contracted(契約)、declined(辞退)のいずれか。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>listings: unknown status &quot;%1&quot;</source>
        <translation>listings: 不明なステータス &quot;%1&quot; です</translation>
    </message>
</context>
<context>
    <name>ListingsFormatter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月単価</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約形態</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>求めるスキル</translation>
    </message>
    <message>
        <source>Listings: %1</source>
        <translation>案件数: %1</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Listings</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <source>Listings: %1</source>
        <translation>案件数: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 listings</source>
        <translation>%2件中%1件を表示</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Select 2 to 4 listings (Ctrl+click) to compare them.</source>
        <translation>比較するには、案件を2〜4件選択してください(Ctrl+クリック)。</translation>
    </message>
    <message>
        <source>Save listing</source>
        <translation>案件を保存</translation>
    </message>
    <message>
        <source>The listing could not be saved: %1</source>
        <translation>案件を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The listing could not be removed from the saved list: %1</source>
        <translation>保存した案件から外せませんでした: %1</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>案件のインポート</translation>
    </message>
    <message>
        <source>Listing files (*.csv *.json *.txt);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>案件ファイル (*.csv *.json *.txt);;CSVファイル (*.csv);;JSONファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the listings shown</source>
        <translation>表示中の案件をエクスポート</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Excel用CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export listings</source>
        <translation>案件のエクスポート</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Delete listings</source>
        <translation>案件の削除</translation>
    </message>
    <message>
        <source>Delete the selected listings (%1)? Their saved status and notes are deleted with them.</source>
        <translation>選択した案件(%1件)を削除しますか? 保存したステータスとメモも一緒に削除されます。</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>何も削除されませんでした: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import listings from a CSV or JSON file</source>
        <translation>CSVまたはJSONファイルから案件をインポート</translation>
    </message>
    <message>
        <source>Paste listing…</source>
        <translation>案件を貼り付け…</translation>
    </message>
    <message>
        <source>Add a listing copied from a web page</source>
        <translation>Webページからコピーした案件を追加</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the listings shown as CSV (for Excel) or JSON</source>
        <translation>表示中の案件をCSV(Excel用)またはJSONでエクスポート</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>選択した案件を比較</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Loading listings…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>Rate ledger</source>
        <translation>単価の記録</translation>
    </message>
    <message>
        <source>The rate could not be recorded: %1</source>
        <translation>単価を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>No listings yet. Import a CSV or JSON file of job or freelance listings, or paste one copied from a web page: each is then ranked by how well it fits your skills.</source>
        <translation>案件はまだありません。求人やフリーランス案件のCSV・JSONファイルをインポートするか、Webページからコピーした案件を貼り付けてください。各案件があなたのスキルとの適合度で並びます。</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Paste a listing…</source>
        <translation>案件を貼り付け…</translation>
    </message>
    <message>
        <source>Paste a listing</source>
        <translation>案件を貼り付け</translation>
    </message>
    <message>
        <source>The listing was added to the team database, but the copy here could not be brought up to date: %1</source>
        <translation>案件はチームデータベースに追加しましたが、このコンピューターのコピーを更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>プロフィールを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>プロフィールを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>プロフィールを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;listings…</source>
        <translation>案件を取り込む(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find listings</source>
        <translation>案件を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>プロフィール(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Listings</source>
        <translation>案件一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>チャート(&amp;C)</translation>
    </message>
    <message>
        <source>Road&amp;map</source>
        <translation>ロードマップ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CareerPlanner</source>
        <translation>CareerPlannerについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo profile edit</source>
        <translation>プロフィールの編集を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo profile edit</source>
        <translation>プロフィールの編集をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;market data…</source>
        <translation>市場データを取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>U&amp;ndo market data import</source>
        <translation>市場データの取り込みを元に戻す(&amp;N)</translation>
    </message>
    <message>
        <source>Requirements the catalogue cannot &amp;read…</source>
        <translation>カタログで読み取れない必要スキル(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Take-home</source>
        <translation>手取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>応募管理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Copy the database&apos;s path</source>
        <translation>データベースのパスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>CareerPlanner[*]</source>
        <translation>CareerPlanner[*]</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>未保存のプロフィール</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved. Save them before closing?</source>
        <translation>プロフィールに保存されていない変更があります。閉じる前に保存しますか?</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>プロフィールの読み込み</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>プロフィールファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>プロフィールを読み込めませんでした</translation>
    </message>
    <message>
        <source>The file could not be used; your profile is unchanged.

%1</source>
        <translation>このファイルは使用できません。プロフィールは変更されていません。

%1</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>プロフィールの書き出し</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>プロフィールファイル (*.json)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>プロフィールを書き出せませんでした</translation>
    </message>
    <message>
        <source>Profile exported to %1</source>
        <translation>プロフィールを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>What-if: results and charts show ticked roadmap steps; the saved profile is unchanged</source>
        <translation>仮定: 結果とチャートには、チェックを入れたロードマップのステップが反映されています。保存したプロフィールは変更されていません</translation>
    </message>
    <message>
        <source>The database location takes effect at the next start.</source>
        <translation>データベースの場所は次回の起動時から有効になります。</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>読み取り専用: 変更は保存できません</translation>
    </message>
    <message>
        <source>The listings could not be read from the database: %1</source>
        <translation>データベースから案件を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading listings…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>Damaged: changes cannot be saved</source>
        <translation>破損: 変更は保存できません</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>CareerPlanner found damage while checking %1:

%2

Nothing has been or will be written to it. Restart CareerPlanner: it will offer to restore the newest good backup or to start a new database.</source>
        <translation>CareerPlannerは %1 の検査中に破損を見つけました:

%2

このファイルには何も書き込んでおらず、今後も書き込みません。CareerPlannerを再起動すると、正常な最新のバックアップの復元か、新しいデータベースの作成を選べます。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later (read-only)</source>
        <translation>後で(読み取り専用)(&amp;L)</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>手取り</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>応募管理</translation>
    </message>
    <message>
        <source>The team database takes effect at the next start.</source>
        <translation>チームデータベースの設定は次回の起動から有効になります。</translation>
    </message>
</context>
<context>
    <name>MarketDataImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a market-data pack (%2 MB).</source>
        <translation>%1 は市場データのパックとしては大きすぎます(%2 MB)。</translation>
    </message>
    <message>
        <source>Market data %1 from %2 is in use (was %3). Every estimate has been recomputed; the import can be undone.</source>
        <translation>%2 の市場データ %1 を使用しています(以前は %3)。すべての推定を再計算しました。このインポートは元に戻せます。</translation>
    </message>
    <message>
        <source>There is no market-data import to undo.</source>
        <translation>元に戻せる市場データのインポートはありません。</translation>
    </message>
    <message>
        <source>The import was undone: market data %1 is in use again.</source>
        <translation>インポートを元に戻しました: 市場データ %1 を再び使用しています。</translation>
    </message>
    <message>
        <source>Import market data</source>
        <translation>市場データのインポート</translation>
    </message>
    <message>
        <source>Market-data packs (*.csv);;All files (*)</source>
        <translation>市場データパック (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Market data imported</source>
        <translation>市場データをインポートしました</translation>
    </message>
    <message>
        <source>Market data not imported</source>
        <translation>市場データをインポートできませんでした</translation>
    </message>
    <message>
        <source>Undo market data import</source>
        <translation>市場データのインポートを元に戻す</translation>
    </message>
</context>
<context>
    <name>MarketDataLoader</name>
    <message>
        <source>data/model_parameters.json cannot be read: %1</source>
        <translation>data/model_parameters.json: 読み込めません: %1</translation>
    </message>
    <message>
        <source>data/model_parameters.json: %1</source>
        <translation>data/model_parameters.json: %1</translation>
    </message>
    <message>
        <source>Cannot read the model&apos;s data from the database: %1</source>
        <translation>データベースからモデルのデータを読み込めません: %1</translation>
    </message>
    <message>
        <source>data/roadmap_steps.json cannot be read: %1</source>
        <translation>data/roadmap_steps.json: 読み込めません: %1</translation>
    </message>
    <message>
        <source>data/roadmap_steps.json: %1</source>
        <translation>data/roadmap_steps.json: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The imported market data %1 no longer reads (%2); the bundled data %3 is used.</source>
        <translation>インポートした市場データ %1 を読み込めなくなりました(%2)。同梱の市場データ %3 を使用します。</translation>
    </message>
    <message>
        <source>The imported market data %1 is older than the bundled %2, which is used.</source>
        <translation>インポートした市場データ %1 は同梱の %2 より古いため、%2 を使用します。</translation>
    </message>
    <message>
        <source>Cannot read the listings from the database: %1</source>
        <translation>データベースから案件を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>MarketPack</name>
    <message>
        <source>market data %1 (retrieved %2)</source>
        <translation>市場データ %1(%2 取得)</translation>
    </message>
</context>
<context>
    <name>MarketPackParser</name>
    <message>
        <source>… and %1 more problems</source>
        <translation>…ほか %1件の問題</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2行目</translation>
    </message>
    <message>
        <source>, field %1</source>
        <translation>、%1列</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8のテキストではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>不明な列です</translation>
    </message>
    <message>
        <source>missing column (expected %1)</source>
        <translation>列がありません(%1 が必要です)</translation>
    </message>
    <message>
        <source>unknown column (expected %1)</source>
        <translation>不明な列です(%1 が必要です)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>フィールド数は%1個のはずですが、%2個あります</translation>
    </message>
    <message>
        <source>version given twice (first on line %1)</source>
        <translation>バージョンが2回指定されています(最初は%1行目)</translation>
    </message>
    <message>
        <source>a version is numbers separated by dots, e.g. 2026.11.1</source>
        <translation>バージョンはドットで区切った数字で指定してください(例: 2026.11.1)</translation>
    </message>
    <message>
        <source>retrieval date given twice (first on line %1)</source>
        <translation>取得日が2回指定されています(最初は%1行目)</translation>
    </message>
    <message>
        <source>a retrieval date is YYYY-MM-DD</source>
        <translation>取得日は YYYY-MM-DD の形式で指定してください</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected version, retrieved or name)</source>
        <translation>不明なキー &quot;%1&quot; です(version、retrieved、name のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>不明なセクション &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>a count is a whole number of 0 or more</source>
        <translation>件数は0以上の整数で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from the same survey is given twice</source>
        <translation>同じ調査の &quot;%1&quot; が2回指定されています</translation>
    </message>
    <message>
        <source>the pack has no version (a line: pack,version,…)</source>
        <translation>パックにバージョンがありません(pack,version,… の行が必要です)</translation>
    </message>
    <message>
        <source>the pack has no retrieval date (a line: pack,retrieved,…)</source>
        <translation>パックに取得日がありません(pack,retrieved,… の行が必要です)</translation>
    </message>
    <message>
        <source>the pack holds no figures</source>
        <translation>パックに数値が1つもありません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; for section %2</source>
        <translation>セクション %2 に不明なキー &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill of the catalogue</source>
        <translation>&quot;%1&quot; はカタログにあるスキルではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of %2 (expected %3)</source>
        <translation>&quot;%1&quot; は %2 の単位ではありません(使える単位: %3)</translation>
    </message>
    <message>
        <source>%1 is published in %2, not %3</source>
        <translation>%1 の単位は %3 ではなく %2 です</translation>
    </message>
    <message>
        <source>a figure cannot be negative</source>
        <translation>数値にマイナスは指定できません</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible figure (expected %3–%4)</source>
        <translation>%1 %2 は妥当な数値ではありません(想定範囲: %3〜%4)</translation>
    </message>
    <message>
        <source>missing source: who published the figure</source>
        <translation>出典がありません: 数値の公表元</translation>
    </message>
    <message>
        <source>missing source: the survey or page</source>
        <translation>出典がありません: 調査名またはページ</translation>
    </message>
    <message>
        <source>missing source: the year</source>
        <translation>出典がありません: 年</translation>
    </message>
    <message>
        <source>a year is YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>年は YYYY、YYYY-MM、YYYY-MM-DD のいずれかの形式で指定してください</translation>
    </message>
    <message>
        <source>missing source: the address</source>
        <translation>出典がありません: URL</translation>
    </message>
    <message>
        <source>an address starts with https:// or http://</source>
        <translation>URLは https:// または http:// で始まる必要があります</translation>
    </message>
</context>
<context>
    <name>MarketPackStore</name>
    <message>
        <source>The market data in %1 was refused; the data in use is unchanged.</source>
        <translation>%1 の市場データは受け付けられませんでした。使用中のデータは変更されていません。</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>cannot store the market data</source>
        <translation>市場データを保存できません</translation>
    </message>
</context>
<context>
    <name>ModelParameters</name>
    <message>
        <source>missing</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1〜%2の数値が必要です</translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation>数値のリストが必要です</translation>
    </message>
    <message>
        <source>expected a number ≥ 0</source>
        <translation>0以上の数値が必要です</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>JSONオブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>expected an upstream work key</source>
        <translation>上流工程のキーが必要です</translation>
    </message>
    <message>
        <source>expected sw, sc or ot</source>
        <translation>sw、sc、ot のいずれかが必要です</translation>
    </message>
</context>
<context>
    <name>MoneySpinBox</name>
    <message>
        <source> million</source>
        <translation> 百万円</translation>
    </message>
</context>
<context>
    <name>OffscreenCommand</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>PasteListingDialog</name>
    <message>
        <source>Add listing</source>
        <translation>案件を追加</translation>
    </message>
    <message>
        <source>Paste a listing</source>
        <translation>案件の貼り付け</translation>
    </message>
    <message>
        <source>Paste a listing copied from a web page: a table of items and contents (概要, 報酬, 契約形態, 作業内容, 求めるスキル, …) or lines such as &quot;Title: …&quot;.</source>
        <translation>Webページからコピーした案件を貼り付けてください。項目と内容の表(概要、報酬、契約形態、作業内容、求めるスキル、…)か、「案件名: …」のような行の形式に対応しています。</translation>
    </message>
    <message>
        <source>Pasted listing text</source>
        <translation>貼り付けた案件のテキスト</translation>
    </message>
    <message>
        <source>Paste the listing on the left; it is shown here as it will be stored.</source>
        <translation>左側に案件を貼り付けると、登録される内容がここに表示されます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ready to add.</source>
        <translation>追加できます。</translation>
    </message>
    <message>
        <source>This listing is already stored (same title, rate and source); nothing was added.</source>
        <translation>この案件は登録済みです(案件名・単価・出典が同じ)。追加しませんでした。</translation>
    </message>
    <message>
        <source>The listing could not be stored: %1</source>
        <translation>案件を登録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PastedListingParser</name>
    <message>
        <source>nothing was pasted</source>
        <translation>何も貼り付けられていません</translation>
    </message>
    <message>
        <source>no listing found: paste a table of 項目 and 内容, or lines of &quot;key: value&quot;</source>
        <translation>案件が見つかりません: 項目と内容の表か、「項目: 内容」形式の行を貼り付けてください</translation>
    </message>
    <message>
        <source>no title found: paste a table with a 概要 or 案件名 row</source>
        <translation>案件名が見つかりません: 「概要」または「案件名」の行がある表を貼り付けてください</translation>
    </message>
</context>
<context>
    <name>PipelineFunnel</name>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PipelineJson</name>
    <message>
        <source>%1 must be a date and time such as 2026-11-02T10:00:00Z</source>
        <translation>%1 は 2026-11-02T10:00:00Z のような日時で指定してください</translation>
    </message>
    <message>
        <source>statusHistory must be a list of {&quot;status&quot;, &quot;at&quot;}</source>
        <translation>statusHistory は {&quot;status&quot;, &quot;at&quot;} のリストで指定してください</translation>
    </message>
    <message>
        <source>%1 must be {&quot;status&quot;, &quot;at&quot;}</source>
        <translation>%1 は {&quot;status&quot;, &quot;at&quot;} で指定してください</translation>
    </message>
    <message>
        <source>%1.status must be one of interested, applied, interviewing, offered, contracted, declined</source>
        <translation>%1.status は interested、applied、interviewing、offered、contracted、declined のいずれかで指定してください</translation>
    </message>
    <message>
        <source>nextAction must be {&quot;what&quot;: text, &quot;due&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation>nextAction は {&quot;what&quot;: テキスト, &quot;due&quot;: &quot;YYYY-MM-DD&quot;} で指定してください</translation>
    </message>
    <message>
        <source>nextAction.what must be a text</source>
        <translation>nextAction.what はテキストで指定してください</translation>
    </message>
    <message>
        <source>nextAction.due must be a date such as 2026-11-20</source>
        <translation>nextAction.due は 2026-11-20 のような日付で指定してください</translation>
    </message>
    <message>
        <source>rates must be a list of {&quot;kind&quot;, &quot;monthlyYen&quot;, &quot;at&quot;}</source>
        <translation>rates は {&quot;kind&quot;, &quot;monthlyYen&quot;, &quot;at&quot;} のリストで指定してください</translation>
    </message>
    <message>
        <source>%1 must be {&quot;kind&quot;, &quot;monthlyYen&quot;, &quot;at&quot;}</source>
        <translation>%1 は {&quot;kind&quot;, &quot;monthlyYen&quot;, &quot;at&quot;} で指定してください</translation>
    </message>
    <message>
        <source>%1.kind must be desired, offered or accepted</source>
        <translation>%1.kind は desired、offered、accepted のいずれかで指定してください</translation>
    </message>
    <message>
        <source>%1.monthlyYen must be a whole number of yen from 1 to 100,000,000</source>
        <translation>%1.monthlyYen は 1〜100,000,000 の整数(円)で指定してください</translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1日超過</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1日超過</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1日後</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status / listing</source>
        <translation>ステータス / 案件</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Latest rate (monthly)</source>
        <translation>最新の単価(月額)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>The saved listings could not be read: %1</source>
        <translation>保存した案件を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>How many saved listings reached each stage; in brackets, the share of those at the stage before that went on to it.</source>
        <translation>各段階まで進んだ保存案件の数。括弧内は、前の段階の案件のうちこの段階まで進んだ割合です。</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(内容なし)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3、%4)</translation>
    </message>
    <message>
        <source>Coming due:</source>
        <translation>期日が近いアクション:</translation>
    </message>
    <message>
        <source>No saved listings yet. Save listings on the Listings page to follow each application here: its status history, next action and the rates asked and offered.</source>
        <translation>保存した案件はまだありません。案件ページで案件を保存すると、ここで応募ごとのステータスの履歴、次のアクション、希望・提示単価を管理できます。</translation>
    </message>
    <message>
        <source>Go to Listings</source>
        <translation>案件ページへ</translation>
    </message>
    <message>
        <source>Open in Listings</source>
        <translation>案件ページで開く</translation>
    </message>
    <message>
        <source>Saved listings by status</source>
        <translation>ステータス別の保存案件</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Plan the way to a target income: the steps that raise the estimate most per month of effort, and a PDF report.</source>
        <translation>目標年収までの道筋を計画し、所要期間1か月あたりの推定年収の増加が大きい順にステップを示します。PDFレポートも出力できます。</translation>
    </message>
    <message>
        <source>The profile JSON file to plan for (default: the saved profile).</source>
        <translation>計画の対象とするプロフィールのJSONファイル(既定: 保存済みのプロフィール)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Target annual income in yen, e.g. 10000000 (default: the profile&apos;s).</source>
        <translation>目標年収(円単位)。例: 10000000(既定: プロフィールの目標年収)。</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>fulltime, freelance, dispatch, parttime or any (default: any).</source>
        <translation>fulltime(正社員)、freelance(フリーランス)、dispatch(派遣社員)、parttime(アルバイト)、any(推定年収が最も高い働き方)のいずれか(既定: any)。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Hours per week available for learning.</source>
        <translation>学習に充てられる週あたりの時間。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text(既定)または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Also write the PDF report to this file.</source>
        <translation>PDFレポートもこのファイルに出力します。</translation>
    </message>
    <message>
        <source>plan: unknown format &quot;%1&quot; (expected text or json)</source>
        <translation>plan: 不明な形式 &quot;%1&quot; です(text または json を指定してください)</translation>
    </message>
    <message>
        <source>plan: unknown employment type &quot;%1&quot; (expected fulltime, freelance, dispatch, parttime or any)</source>
        <translation>plan: 不明な雇用形態 &quot;%1&quot; です(fulltime、freelance、dispatch、parttime、any のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>plan: --target expects yen as a whole number from 1 to 1000000000, e.g. 10000000 for 1,000万円</source>
        <translation>plan: --target には1〜1000000000の整数を円単位で指定してください(例: 1,000万円なら 10000000)</translation>
    </message>
    <message>
        <source>plan: --hours expects hours per week from 1 to 60</source>
        <translation>plan: --hours には週あたりの時間数を1〜60で指定してください</translation>
    </message>
    <message>
        <source>plan: the report file must end in .pdf</source>
        <translation>plan: レポートのファイル名は .pdf で終わる必要があります</translation>
    </message>
    <message>
        <source>plan: no saved profile; give one with --profile FILE</source>
        <translation>plan: 保存済みのプロフィールがありません。--profile でファイルを指定してください</translation>
    </message>
    <message>
        <source>plan: no target income; give one with --target YEN</source>
        <translation>plan: 目標年収が設定されていません。--target で金額(円)を指定してください</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Also answer: what does it take to reach the target by this age (per employment type)?</source>
        <translation>この年齢までに目標年収に達するために必要なこと(雇用形態別)も回答します。</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Also answer: what does it take to reach the target within this many months?</source>
        <translation>この月数以内に目標年収に達するために必要なことも回答します。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>plan: give --by-age or --within-months, not both</source>
        <translation>plan: --by-age と --within-months は、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>plan: --by-age expects an age from 16 to 100</source>
        <translation>plan: --by-age には16〜100の年齢を指定してください</translation>
    </message>
    <message>
        <source>plan: --within-months expects months from 1 to 600</source>
        <translation>plan: --within-months には1〜600の月数を指定してください</translation>
    </message>
    <message>
        <source>plan: --by-age %1 is not after the profile&apos;s age (%2)</source>
        <translation>plan: --by-age %1 がプロフィールの年齢(%2)を超えていません</translation>
    </message>
    <message>
        <source>Offer skills of every area (a full-stack route), not only the areas of the job type.</source>
        <translation>職種の分野だけでなく、すべての分野のスキルを提案します(フルスタックの道筋)。</translation>
    </message>
</context>
<context>
    <name>PlanFormatter</name>
    <message>
        <source>No step raises the estimate or qualifies you for more listings.</source>
        <translation>推定年収を上げるステップも、新たに応募できる案件を増やすステップもありません。</translation>
    </message>
    <message>
        <source>Steps, by gain per month of effort (gains re-scored one step at a time; &quot;then&quot; takes them in order):</source>
        <translation>ステップ(所要期間1か月あたりの増加額が大きい順。増加額はステップごとに個別に再評価、「順に進めると」は上から順に実行した場合):</translation>
    </message>
    <message>
        <source>gain %1 as %2 · effort %3 (%4) · new listings %5 · then %6 after %7</source>
        <translation>%2での増加額 %1 · 所要期間 %3(%4) · 新たに応募できる案件 %5 · 順に進めると%7後に%6</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>other employment types: %1</source>
        <translation>他の雇用形態: %1</translation>
    </message>
</context>
<context>
    <name>PrefectureHealthRates</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>the prefecture is not named</source>
        <translation>都道府県名がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>「%1」は年ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate between 0 and 0.2</source>
        <translation>「%1」は 0 から 0.2 までの率ではありません</translation>
    </message>
    <message>
        <source>every figure names its publisher and address</source>
        <translation>すべての数値に発行元と URL が必要です</translation>
    </message>
    <message>
        <source>%1 appears twice for %2</source>
        <translation>%2年の %1 が2回あります</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Requirements definition</source>
        <translation>要件定義</translation>
    </message>
    <message>
        <source>Basic design</source>
        <translation>基本設計</translation>
    </message>
    <message>
        <source>Client negotiation</source>
        <translation>顧客折衝</translation>
    </message>
</context>
<context>
    <name>ProfileHistoryTable</name>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Estimate as %1</source>
        <translation>推定年収(%1)</translation>
    </message>
    <message>
        <source>Income entered</source>
        <translation>入力した年収</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未入力</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>missing (expected a whole number)</source>
        <translation>値がありません(整数が必要です)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1〜%2の整数が必要です</translation>
    </message>
    <message>
        <source>expected a number ≥ 0</source>
        <translation>0以上の数値が必要です</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>%1 のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>文字列のリストが必要です</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown key (a typing mistake?)</source>
        <translation>不明なキーです(入力ミスの可能性があります)</translation>
    </message>
    <message>
        <source>expected %1 (this file was written by a newer version)</source>
        <translation>%1 が必要です(このファイルは新しいバージョンで作成されています)</translation>
    </message>
    <message>
        <source>expected a list of {&quot;name&quot;, &quot;years&quot;} objects</source>
        <translation>{&quot;name&quot;, &quot;years&quot;} オブジェクトのリストが必要です</translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot; and &quot;years&quot;</source>
        <translation>&quot;name&quot; と &quot;years&quot; を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1行%2列目: %3</translation>
    </message>
    <message>
        <source>(top level): expected a JSON object</source>
        <translation>(最上位): JSONオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your skill profile. It stays on this computer; the estimates and listing fit are computed from it.</source>
        <translation>あなたのスキルプロフィールです。データはこのコンピューター内にのみ保存され、年収の見積もりや案件との適合度はこの内容から計算されます。</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>年齢(&amp;A):</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>&amp;Job type:</source>
        <translation>職種(&amp;J):</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>雇用形態(&amp;E):</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Annual &amp;income:</source>
        <translation>年収(&amp;I):</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年収</translation>
    </message>
    <message>
        <source>E&amp;xperience (years):</source>
        <translation>経験年数(&amp;X):</translation>
    </message>
    <message>
        <source>Experience in years</source>
        <translation>経験年数</translation>
    </message>
    <message>
        <source>&amp;Target income:</source>
        <translation>目標年収(&amp;T):</translation>
    </message>
    <message>
        <source>Target annual income</source>
        <translation>目標年収</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>マネジメント</translation>
    </message>
    <message>
        <source>Years &amp;leading a team:</source>
        <translation>チームリーダー経験年数(&amp;L):</translation>
    </message>
    <message>
        <source>Years leading a team</source>
        <translation>チームリーダー経験年数</translation>
    </message>
    <message>
        <source>Largest team le&amp;d (people):</source>
        <translation>率いた最大チーム人数(&amp;D):</translation>
    </message>
    <message>
        <source>Largest team led</source>
        <translation>率いた最大チーム人数</translation>
    </message>
    <message>
        <source>Upstream work</source>
        <translation>上流工程</translation>
    </message>
    <message>
        <source>&amp;Requirements definition</source>
        <translation>要件定義(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Basic design</source>
        <translation>基本設計(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Client negotiation</source>
        <translation>顧客折衝(&amp;C)</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Large-&amp;scale projects:</source>
        <translation>大規模プロジェクト数(&amp;S):</translation>
    </message>
    <message>
        <source>Large-scale projects</source>
        <translation>大規模プロジェクト数</translation>
    </message>
    <message>
        <source>&amp;New-technology projects:</source>
        <translation>新技術プロジェクト数(&amp;N):</translation>
    </message>
    <message>
        <source>New-technology projects</source>
        <translation>新技術プロジェクト数</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Languages, frontend, middleware, cloud and management skills with years of use. Type a name in Japanese or English; names outside the catalogue are kept and marked.</source>
        <translation>プログラミング言語、フロントエンド、ミドルウェア、クラウド、マネジメントのスキルと経験年数です。名前は日本語でも英語でも入力できます。カタログにない名前もそのまま保持され、その旨が表示されます。</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>Certifications, one per line</source>
        <translation>資格(1行に1つ)</translation>
    </message>
    <message>
        <source>One per line, e.g. AWS Certified Solutions Architect - Associate</source>
        <translation>1行に1つずつ入力(例: AWS Certified Solutions Architect - Associate)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>プロフィールを保存(&amp;S)</translation>
    </message>
    <message>
        <source>The saved profile could not be read: %1</source>
        <translation>保存済みのプロフィールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> years old</source>
        <translation> 歳</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>プロフィールを保存できませんでした</translation>
    </message>
    <message>
        <source>The profile could not be saved to the database. Your entries are still in the form.

%1</source>
        <translation>プロフィールをデータベースに保存できませんでした。入力内容はフォームに残っています。

%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1に保存しました。</translation>
    </message>
    <message>
        <source>Reverted to the saved profile.</source>
        <translation>保存済みのプロフィールに戻しました。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>未保存の変更があります。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>the file is larger than a profile can be (%1 bytes)</source>
        <translation>プロフィールとしては大きすぎるファイルです(%1バイト)</translation>
    </message>
    <message>
        <source>Imported %1; save to keep it.</source>
        <translation>%1 を読み込みました。残すには保存してください。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>profile edit</source>
        <translation>プロフィールの編集</translation>
    </message>
</context>
<context>
    <name>ProfileScorer</name>
    <message>
        <source>#%1</source>
        <comment>rank of a skill within its area</comment>
        <translation>%1位</translation>
    </message>
    <message>
        <source>%1 in the area: only the first %2 skills count</source>
        <translation>分野内%1: 評価されるのは上位%2件のスキルのみ</translation>
    </message>
    <message>
        <source>%1 in the area: weight %2 × depth %3 (%4 of %5 years) × %6</source>
        <translation>分野内%1: 重み%2 × 深さ%3(%4年、上限%5年)× %6</translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation>%1、%2年</translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation>資格: %1</translation>
    </message>
    <message>
        <source>each recognised cloud certification</source>
        <translation>対象となるクラウド資格1つごと</translation>
    </message>
    <message>
        <source>Leading a team, %1 years</source>
        <translation>チームリーダー経験 %1年</translation>
    </message>
    <message>
        <source>%1 points × %2 (years up to %3)</source>
        <translation>%1点 × %2(年数は%3年まで)</translation>
    </message>
    <message>
        <source>No skills in this area</source>
        <translation>この分野のスキルなし</translation>
    </message>
    <message>
        <source>add skills of this area to the profile</source>
        <translation>この分野のスキルをプロフィールに追加してください</translation>
    </message>
    <message>
        <source>Capped at 100</source>
        <translation>上限100</translation>
    </message>
    <message>
        <source>an area score cannot exceed 100</source>
        <translation>分野のスコアは100を超えません</translation>
    </message>
    <message>
        <source>area score %1 × weight %2</source>
        <translation>分野スコア%1 × 重み%2</translation>
    </message>
    <message>
        <source>Largest team led: %1 people</source>
        <translation>率いた最大チーム人数: %1人</translation>
    </message>
    <message>
        <source>a team of %1 or more</source>
        <translation>%1人以上のチーム</translation>
    </message>
    <message>
        <source>no team-size step reached</source>
        <translation>どの人数段階にも達していません</translation>
    </message>
    <message>
        <source>ticked in the profile</source>
        <translation>プロフィールでチェック済み</translation>
    </message>
    <message>
        <source>from the skill %1</source>
        <translation>スキル「%1」から</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>未経験</translation>
    </message>
    <message>
        <source>Large-scale projects: %1</source>
        <translation>大規模プロジェクト数: %1</translation>
    </message>
    <message>
        <source>%1 points each, up to %2 projects</source>
        <translation>1件につき%1点(最大%2件)</translation>
    </message>
    <message>
        <source>New-technology projects: %1</source>
        <translation>新技術プロジェクト数: %1</translation>
    </message>
    <message>
        <source>Experience: %1 years</source>
        <translation>経験年数: %1年</translation>
    </message>
    <message>
        <source>factor score %1 × weight %2</source>
        <translation>要因スコア%1 × 重み%2</translation>
    </message>
    <message>
        <source>value %1 (%2)</source>
        <translation>価値%1(%2)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the saved profile cannot be read: %1</source>
        <translation>保存済みのプロフィールを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>ProjectionChartView</name>
    <message>
        <source>Income over time as %1: planned and actual</source>
        <translation>%1としての年収の推移(計画と実績)</translation>
    </message>
    <message>
        <source>Planned (start the plan to draw it)</source>
        <translation>計画(計画を開始すると表示されます)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標年収: %1</translation>
    </message>
    <message>
        <source>Target (not set)</source>
        <translation>目標年収(未設定)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Annual income (%1)</source>
        <translation>年収(%1)</translation>
    </message>
    <message>
        <source>Each saved profile is re-scored with today&apos;s model, so a change of the data or the model moves the past points too. Save the profile when something changes to add a point.</source>
        <translation>保存した各プロフィールは現在のモデルで再評価されるため、データやモデルが変わると過去の点も動きます。変化があったときにプロフィールを保存すると、点が追加されます。</translation>
    </message>
    <message>
        <source>Planned (as started)</source>
        <translation>計画(開始時点)</translation>
    </message>
    <message>
        <source>Actual: estimate of saved profiles</source>
        <translation>実績: 保存したプロフィールの推定</translation>
    </message>
    <message>
        <source>Actual: income entered</source>
        <translation>実績: 入力した年収</translation>
    </message>
</context>
<context>
    <name>PublishedFreelanceRate</name>
    <message>
        <source>No skill with a market rate</source>
        <translation>市場単価のあるスキルなし</translation>
    </message>
    <message>
        <source>%1, %2 years: the best-paid skill</source>
        <translation>%1、%2年: 最も単価の高いスキル</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>published premium %1 above the average skill × depth × demand = %2, × %3 (complementWeight)</source>
        <translation>平均的なスキルに対する公表プレミアム%1 × 深さ × 需要 = %2、× %3(complementWeight)</translation>
    </message>
    <message>
        <source>Management factor %1</source>
        <translation>マネジメント経験 %1</translation>
    </message>
    <message>
        <source>Upstream factor %1</source>
        <translation>上流工程の経験 %1</translation>
    </message>
    <message>
        <source>%1 of the %2 premium %3 × %4</source>
        <translation>%1 × %2のプレミアム%3 × %4</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>コンサルタント</translation>
    </message>
    <message>
        <source>%1 × the lowest skill value × demand %2 × the reference rate %3</source>
        <translation>%1 × 最も低いスキル価値 × 需要 %2 × 基準単価 %3</translation>
    </message>
    <message>
        <source>%1 × reference %2 × demand %6 × depth %3 (%4 at 0 years, full at %5 years)</source>
        <translation>%1 × 基準単価%2 × 需要%6 × 深さ%3(0年で%4、%5年で満額)</translation>
    </message>
    <message>
        <source>published rate %1 of the average skill (%2 listings)</source>
        <translation>平均的なスキルに対する公表単価 %1(案件%2件)</translation>
    </message>
    <message>
        <source>no published rate: the average skill</source>
        <translation>公表単価なし: 平均的なスキルとして扱う</translation>
    </message>
</context>
<context>
    <name>RateConverterWidget</name>
    <message>
        <source>Conversions</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>&amp;Billable hours a month:</source>
        <translation>稼働時間/月(&amp;B):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>The settlement range of a freelance contract (精算幅), typically 140–180 hours.</source>
        <translation>フリーランス契約の精算幅です。一般的には140〜180時間です。</translation>
    </message>
    <message>
        <source>Agency &amp;margin:</source>
        <translation>エージェント手数料(&amp;M):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the client&apos;s price an agency keeps; 0 when the listed rates are what you receive.</source>
        <translation>クライアントが支払う単価のうち、エージェントが受け取る割合です。掲載されている単価がそのまま受取額になる場合は0にしてください。</translation>
    </message>
    <message>
        <source>M&amp;onthly rate:</source>
        <translation>月単価(&amp;O):</translation>
    </message>
    <message>
        <source>The settlement range of a freelance contract (精算幅), typically %1–%2 hours.</source>
        <translation>フリーランス契約の精算幅です。一般的には%1〜%2時間です。</translation>
    </message>
    <message>
        <source>= %1 a year, %2; you receive %3</source>
        <translation>= 年額 %1、%2。あなたの受取額は %3</translation>
    </message>
</context>
<context>
    <name>RateKind</name>
    <message>
        <source>Desired</source>
        <translation>希望</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>合意</translation>
    </message>
</context>
<context>
    <name>RateParser</name>
    <message>
        <source>only amounts in yen can be read</source>
        <translation>読み取れるのは円単位の金額のみです</translation>
    </message>
    <message>
        <source>no amount found</source>
        <translation>金額が見つかりません</translation>
    </message>
    <message>
        <source>found more than two amounts; expected one figure or a range</source>
        <translation>金額が3つ以上あります。1つの金額または範囲を指定してください</translation>
    </message>
    <message>
        <source>found two amounts with no range mark (〜) between them</source>
        <translation>2つの金額の間に範囲記号(〜)がありません</translation>
    </message>
    <message>
        <source>the rate is negative</source>
        <translation>単価がマイナスです</translation>
    </message>
    <message>
        <source>the rate is zero</source>
        <translation>単価が0です</translation>
    </message>
    <message>
        <source>%1 yen a month is not a plausible rate (the most is %2 yen)</source>
        <translation>月%1円は単価として妥当ではありません(上限は%2円)</translation>
    </message>
    <message>
        <source>%1 yen an hour is not a plausible rate (the most is %2 yen)</source>
        <translation>時給%1円は単価として妥当ではありません(上限は%2円)</translation>
    </message>
    <message>
        <source>%1 yen a month is too low for a monthly rate (the least is %2 yen; write 時給 for an hourly rate)</source>
        <translation>月%1円は月単価としては低すぎます(下限は%2円。時給の場合は「時給」と記載してください)</translation>
    </message>
    <message>
        <source>%1 yen an hour is too low for an hourly rate (the least is %2 yen)</source>
        <translation>時給%1円は低すぎます(下限は%2円)</translation>
    </message>
    <message>
        <source>the lower bound (%1 yen) is above the upper bound (%2 yen)</source>
        <translation>下限(%1円)が上限(%2円)を上回っています</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>CareerPlanner cannot use its database.</source>
        <translation>CareerPlanner はデータベースを使用できません。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Nothing has been written to it. Whatever you choose, the damaged file is kept beside it under a new name (….damaged-&lt;date&gt;), so nothing is deleted.</source>
        <translation>このファイルには何も書き込んでいません。どれを選んでも、破損したファイルは同じ場所に別の名前(….damaged-&lt;日時&gt;)で残るため、削除されることはありません。</translation>
    </message>
    <message>
        <source>The newest backup that passes the check was written on %1 (schema version %2): changes made after it are not in it.</source>
        <translation>確認を通過した最新のバックアップは %1 に作成されたものです(スキーマバージョン %2)。それ以降の変更は含まれていません。</translation>
    </message>
    <message>
        <source>No backup that passes the check was found, so the only way on is a new, empty database.</source>
        <translation>確認を通過するバックアップが見つからないため、新しい空のデータベースで始めるしかありません。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>バックアップを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Start a &amp;new database</source>
        <translation>新しいデータベースで始める(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put the newest good backup (or --from FILE) in place of the database; the file there is moved aside.</source>
        <translation>正常な最新のバックアップ(または --from で指定したファイル)をデータベースの場所に戻します。元のファイルは名前を変えて残します。</translation>
    </message>
    <message>
        <source>The backup to restore (default: the newest that passes the check).</source>
        <translation>復元するバックアップ(既定: 確認を通過した最新のもの)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>restore: no good backup in %1; name one with --from FILE.</source>
        <translation>restore: %1 に正常なバックアップがありません。--from でファイルを指定してください。</translation>
    </message>
    <message>
        <source>restore: %1. Nothing was changed.</source>
        <translation>restore: %1。何も変更していません。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2 から %1 を復元しました。</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation>元のファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>restore: --database names a team database on a PostgreSQL server; CareerPlanner backs up and restores local files only. Its administrator restores it with the server&apos;s tools (pg_dump and pg_restore). Nothing was changed.</source>
        <translation>restore: --database は PostgreSQL サーバー上のチームデータベースを指しています。CareerPlanner がバックアップ・復元するのはローカルのファイルだけです。チームデータベースは管理者がサーバーのツール（pg_dump と pg_restore）で復元します。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Skill areas</source>
        <translation>スキル分野</translation>
    </message>
    <message>
        <source>Income factors</source>
        <translation>年収要因</translation>
    </message>
    <message>
        <source>Estimated annual income</source>
        <translation>推定年収</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Why: every figure, the inputs that moved it, and its data</source>
        <translation>根拠: すべての数値、それを動かした入力、その出典</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1(あなた)</translation>
    </message>
    <message>
        <source>Freelance: %1</source>
        <translation>フリーランス: %1</translation>
    </message>
    <message>
        <source>These figures are for a default profile (40 years old, no income, no skills), not yours. Fill in the form on the left, or import a profile, to see your own.</source>
        <translation>この数値は既定のプロフィール(40歳・年収なし・スキルなし)のもので、あなたのものではありません。左のフォームに入力するか、プロフィールをインポートすると、あなたの数値になります。</translation>
    </message>
</context>
<context>
    <name>RoadmapEffort</name>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation>%1: %2〜%3の数値が必要です</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: リストが必要です</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>有効なJSONではありません(オフセット %1): %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSONオブジェクトが必要です</translation>
    </message>
    <message>
        <source>certifications.items[%1]: expected a skill id and study hours from 1 to 5000</source>
        <translation>certifications.items[%1]: スキルIDと1〜5000の学習時間が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a skill area</source>
        <translation>%1: &quot;%2&quot; はスキル分野ではありません</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Any (highest estimate)</source>
        <translation>指定なし(推定年収が最も高い働き方)</translation>
    </message>
    <message>
        <source>&amp;Target income:</source>
        <translation>目標年収(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Work as:</source>
        <translation>働き方(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Study hours/week:</source>
        <translation>学習時間/週(&amp;S):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>&amp;Start plan from today</source>
        <translation>今日から計画を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps today&apos;s plan so the Progress tab can draw your progress against it.</source>
        <translation>今日の計画を記録し、「進捗」タブで計画に対する進み具合を表示できるようにします。</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Clear what-if</source>
        <translation>仮定を解除(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;in progress</source>
        <translation>進行中にする(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;lear mark</source>
        <translation>未着手に戻す(&amp;L)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation>ロードマップのステップ</translation>
    </message>
    <message>
        <source>Step explanation</source>
        <translation>ステップの説明</translation>
    </message>
    <message>
        <source>The roadmap settings could not be saved: %1</source>
        <translation>ロードマップの設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Select a step to see how its figures were worked out. Tick a step to try it as a what-if.</source>
        <translation>ステップを選択すると、数値の算出方法が表示されます。ステップにチェックを入れると、仮定として試せます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gain: the model&apos;s full-time estimate for your profile minus the income you entered.</source>
        <translation>増加額: モデルが推定したあなたの正社員としての年収から、入力した年収を引いた額です。</translation>
    </message>
    <message>
        <source>Gain: the model&apos;s estimate as %1 minus your income now.</source>
        <translation>増加額: モデルが推定した%1としての年収から、現在の年収を引いた額です。</translation>
    </message>
    <message>
        <source>Gain: your profile with this step added, re-scored, minus your profile as it is (the middle of each estimated range).</source>
        <translation>増加額: このステップを加えたプロフィールを再評価した推定年収から、現在のプロフィールの推定年収を引いた額です(いずれも推定幅の中央値)。</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>ルート: %1</translation>
    </message>
    <message>
        <source>Newly qualifies you for %1 listings in the database.</source>
        <translation>データベース内で新たに応募できる案件: %1。</translation>
    </message>
    <message>
        <source>Effort: %1 months (%2). Source: %3.</source>
        <translation>所要期間: %1か月(%2)。出典: %3。</translation>
    </message>
    <message>
        <source>Taking the steps in order, after this one: %1, about %2 from the start.</source>
        <translation>ステップを順に進めると、このステップを終えた時点で%1(開始から%2)。</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>The mark was not saved: %1</source>
        <translation>状況を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Update your profile?</source>
        <translation>プロフィールを更新しますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done. Record it in your profile? The profile is saved with today&apos;s date, so the Progress tab shows the change.</source>
        <translation>「%1」が完了しました。プロフィールに反映しますか? プロフィールは今日の日付で保存され、「進捗」タブに変化が表示されます。</translation>
    </message>
    <message>
        <source>Plan started on %1. &quot;Start plan from today&quot; replaces it with today&apos;s plan.</source>
        <translation>計画開始日: %1。「今日から計画を開始」を押すと、今日の計画に置き換わります。</translation>
    </message>
    <message>
        <source>The plan is not started yet: &quot;Start plan from today&quot; keeps today&apos;s plan to measure your progress against.</source>
        <translation>計画はまだ開始されていません: 「今日から計画を開始」を押すと、今日の計画を記録して進捗を測る基準にします。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDFドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>レポートを保存できませんでした</translation>
    </message>
    <message>
        <source>What-if with %1: the estimate as %2 would be %3 (now %4), composite score %5 (now %6). The results and charts show the what-if; your saved profile is unchanged.</source>
        <translation>仮定: %1。この場合、%2としての推定年収は%3(現在%4)、総合スコアは%5(現在%6)になります。結果とチャートには仮定が反映されています。保存したプロフィールは変更されていません。</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>保存したプロフィール</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>達成に必要なこと</translation>
    </message>
    <message>
        <source>All &amp;areas</source>
        <translation>すべての分野(&amp;A)</translation>
    </message>
    <message>
        <source>Offer skills of every area, for a full-stack route; otherwise only the areas of your job type and what your listings ask for.</source>
        <translation>フルスタックを目指す場合に、すべての分野のスキルを提案します。オフのときは、職種の分野と案件が求めるスキルだけを提案します。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>プロフィールを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RoadmapReport</name>
    <message>
        <source>CareerPlanner report</source>
        <translation>CareerPlanner レポート</translation>
    </message>
    <message>
        <source>Made on %1 from the data on this computer. Every figure is a model estimate from the sources listed at the end, not an offer.</source>
        <translation>%1にこのコンピューター内のデータから作成しました。数値はすべて、末尾に記載した出典に基づくモデルの推定であり、実際の提示額ではありません。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1(%2年)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Annual income now</source>
        <translation>現在の年収</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>経験年数</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>マネジメント</translation>
    </message>
    <message>
        <source>%1 years leading, largest team %2</source>
        <translation>リーダー経験%1年、最大%2人のチーム</translation>
    </message>
    <message>
        <source>Upstream work</source>
        <translation>上流工程</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>%1 large-scale projects, %2 with new technology</source>
        <translation>大規模プロジェクト%1件、新技術の導入%2件</translation>
    </message>
    <message>
        <source>Target income</source>
        <translation>目標年収</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Points (0–100)</source>
        <translation>点数(0〜100)</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4)</source>
        <translation>%1: %2(%3、%4)</translation>
    </message>
    <message>
        <source>nothing in the profile counts here yet</source>
        <translation>プロフィールにはまだ該当する項目がありません</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Scores: five skill areas and four income factors</source>
        <translation>スコア(5つのスキル領域と4つの年収要因)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Basis and sources</source>
        <translation>根拠と出典</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2(%3)</translation>
    </message>
    <message>
        <source>Income estimate by employment type</source>
        <translation>雇用形態別の年収推定</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>No step raises the estimate or qualifies you for more listings.</source>
        <translation>推定年収を上げるステップも、新たに応募できる案件を増やすステップもありません。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>増加額</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>所要期間</translation>
    </message>
    <message>
        <source>New listings</source>
        <translation>新たに応募できる案件</translation>
    </message>
    <message>
        <source>Income after</source>
        <translation>実行後の年収</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>Gain: the change of the model&apos;s estimate when the step alone is taken. Income after: every step up to this one taken in order. Efforts: %1.</source>
        <translation>増加額: そのステップだけを実行した場合の、モデルの推定年収の変化。実行後の年収: このステップまでのすべてのステップを順に実行した場合。所要期間の根拠: %1。</translation>
    </message>
    <message>
        <source>Progress: planned and actual</source>
        <translation>進捗(計画と実績)</translation>
    </message>
    <message>
        <source>No saved profiles yet.</source>
        <translation>保存したプロフィールはまだありません。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Income entered</source>
        <translation>入力した年収</translation>
    </message>
    <message>
        <source>Estimate as %1</source>
        <translation>推定年収(%1)</translation>
    </message>
    <message>
        <source>Saved listings compared</source>
        <translation>保存した案件の比較</translation>
    </message>
    <message>
        <source>No saved listings.</source>
        <translation>保存した案件はありません。</translation>
    </message>
    <message>
        <source>Status and note</source>
        <translation>ステータスとメモ</translation>
    </message>
    <message>
        <source>%1 (cited %2)</source>
        <translation>%1(%2年時点)</translation>
    </message>
    <message>
        <source>data/model_parameters.json: the model&apos;s weights, each with its reason</source>
        <translation>data/model_parameters.json: モデルの重みとそれぞれの根拠</translation>
    </message>
    <message>
        <source>%1: the roadmap&apos;s effort estimates, each with its reason</source>
        <translation>%1: ロードマップの所要期間の見積もりとそれぞれの根拠</translation>
    </message>
    <message>
        <source>The listings in your database: rates of the listings your profile qualifies for</source>
        <translation>データベース内の案件: あなたのプロフィールで応募できる案件の単価</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>額面</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保険料</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Resident tax</source>
        <translation>住民税</translation>
    </message>
    <message>
        <source>Business tax</source>
        <translation>個人事業税</translation>
    </message>
    <message>
        <source>Take-home, a year</source>
        <translation>手取り(年額)</translation>
    </message>
    <message>
        <source>A freelance rate of %1 a month, billed 11 months, takes home as much as the full-time pay of %2 a year.</source>
        <translation>フリーランスで月単価 %1、年11か月稼働なら、正社員の年収 %2 と同じ手取りになります。</translation>
    </message>
    <message>
        <source>Take-home pay by employment type (yen)</source>
        <translation>雇用形態別の手取り(円)</translation>
    </message>
    <message>
        <source>iDeCo, 共済</source>
        <translation>iDeCo・共済</translation>
    </message>
    <message>
        <source>%1 rules, %2, age %3, %4. An estimate for a steady year, not tax advice; each step and its source: the Take-home page, or careerplanner takehome.</source>
        <translation>%1年の制度、%2、%3歳、%4。毎年同じ収入が続く場合の概算で、税務上の助言ではありません。各計算と出典は「手取り」ページか careerplanner takehome で確認できます。</translation>
    </message>
    <message>
        <source>a spouse: %1, dependants: %2</source>
        <translation>配偶者: %1、扶養親族: %2人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>single</source>
        <translation>単身</translation>
    </message>
    <message>
        <source>Take-home, a month</source>
        <translation>手取り(月額)</translation>
    </message>
</context>
<context>
    <name>RoadmapStep</name>
    <message>
        <source>Learn %1</source>
        <translation>%1を習得する</translation>
    </message>
    <message>
        <source>Another year of %1 at work</source>
        <translation>実務で%1の経験をもう1年積む</translation>
    </message>
    <message>
        <source>Get certified: %1</source>
        <translation>資格を取得する: %1</translation>
    </message>
    <message>
        <source>Lead a team of %1 for a year</source>
        <translation>%1人のチームを1年間率いる</translation>
    </message>
    <message>
        <source>Take on upstream work: %1</source>
        <translation>上流工程を担当する: %1</translation>
    </message>
    <message>
        <source>Complete a large-scale project</source>
        <translation>大規模プロジェクトを完遂する</translation>
    </message>
    <message>
        <source>Introduce a new technology in a project</source>
        <translation>プロジェクトに新しい技術を導入する</translation>
    </message>
    <message>
        <source>Change employer for the market rate</source>
        <translation>転職して市場相場の年収を得る</translation>
    </message>
    <message>
        <source>Go freelance</source>
        <translation>フリーランスになる</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>雇用形態を%1に変える</translation>
    </message>
    <message>
        <source>Specialty in demand</source>
        <translation>需要の高い専門性</translation>
    </message>
    <message>
        <source>Leader or PM</source>
        <translation>リーダー・PM</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Change employer</source>
        <translation>転職</translation>
    </message>
    <message>
        <source>Change employment type</source>
        <translation>雇用形態を変える</translation>
    </message>
    <message>
        <source>%1 study hours at %2 h/week</source>
        <translation>学習%1時間(週%2時間)</translation>
    </message>
    <message>
        <source>%1 months of work</source>
        <translation>実務%1か月</translation>
    </message>
</context>
<context>
    <name>RoadmapStepModel</name>
    <message>
        <source>Tick to see the estimate, scores and charts with this step taken. Your saved profile does not change.</source>
        <translation>チェックを入れると、このステップを実行した場合の推定年収・スコア・チャートを表示します。保存したプロフィールは変更されません。</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
出典: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>Step (tick for what-if)</source>
        <translation>ステップ(チェックで仮定)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Gain as %1</source>
        <translation>%1での増加額</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>所要期間</translation>
    </message>
    <message>
        <source>New listings</source>
        <translation>新たに応募できる案件</translation>
    </message>
    <message>
        <source>Income after</source>
        <translation>実行後の年収</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>RoadmapStepStatus</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>RoadmapSummary</name>
    <message>
        <source>Roadmap as %1 (the highest estimate for your profile)</source>
        <translation>%1としてのロードマップ(あなたのプロフィールで推定年収が最も高い働き方)</translation>
    </message>
    <message>
        <source>Roadmap as %1</source>
        <translation>%1としてのロードマップ</translation>
    </message>
    <message>
        <source>Roadmap to %1 as %2 (the highest estimate for your profile)</source>
        <translation>%2として%1を目指すロードマップ(あなたのプロフィールで推定年収が最も高い働き方)</translation>
    </message>
    <message>
        <source>Roadmap to %1 as %2</source>
        <translation>%2として%1を目指すロードマップ</translation>
    </message>
    <message>
        <source>Starts from %1, the income you entered; the model&apos;s estimate for your profile as %2 is %3 today.</source>
        <translation>出発点は入力した年収%1です。モデルによるあなたのプロフィールの%2としての現在の推定年収は%3です。</translation>
    </message>
    <message>
        <source>Starts from %1, the model&apos;s estimate for your profile (no income entered); as %2 it is %3 today.</source>
        <translation>出発点はモデルによるあなたのプロフィールの推定年収%1です(年収は未入力)。%2としての現在の推定年収は%3です。</translation>
    </message>
    <message>
        <source>You are at %1 already: at or above the target of %2.</source>
        <translation>すでに%1で、目標年収%2に達しています。</translation>
    </message>
    <message>
        <source>Reaches %1 with step %2, after %3 if the steps are taken one after another.</source>
        <translation>ステップを順に実行すると、ステップ%2で%1に達します(%3後)。</translation>
    </message>
    <message>
        <source>No step the model knows raises the estimate; it stays at %1, %2 short of %3.</source>
        <translation>推定年収を上げるステップがモデルにありません。推定年収は%1のままで、%3まで%2足りません。</translation>
    </message>
    <message>
        <source>Does not reach %1: every step taken leads to about %2, %3 short. The market figures behind the model do not support more for this profile yet.</source>
        <translation>%1には届きません: すべてのステップを実行しても約%2で、%3足りません。モデルの基になっている市場データからは、現時点ではこのプロフィールでこれ以上の年収は見込めません。</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <translation>約%1か月</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>約%1年</translation>
    </message>
    <message>
        <source>Listings in your database that pay it are within reach sooner, after step %1 (%2): 「%3」 (%4).</source>
        <translation>データベース内のこの年収に届く案件には、より早く、ステップ%1の後(%2)に応募できます: 「%3」(%4)。</translation>
    </message>
    <message>
        <source>「%1」 (%2)</source>
        <translation>「%1」(%2)</translation>
    </message>
    <message>
        <source>Reachable through listings</source>
        <translation>案件で到達可能</translation>
    </message>
    <message>
        <source>Reachable by taking listings on contract, as a freelancer</source>
        <translation>フリーランスとして案件を受ければ到達可能</translation>
    </message>
    <message>
        <source>%1: %2 in your database pay %3 or more a year (after the agency margin) — %4. %5. The model&apos;s estimate, which weighs them against the published rates, stays at about %6.</source>
        <translation>%1: データベース内の%2件の案件が年額%3以上(エージェント手数料差引後)です — %4。%5。これらを公表単価と比べて評価するモデルの推定年収は、約%6のままです。</translation>
    </message>
    <message>
        <source>What it takes to reach %1 by age %2 (%3):</source>
        <translation>%2歳までに%1に達するために必要なこと(%3):</translation>
    </message>
    <message>
        <source>What it takes to reach %1 within %2:</source>
        <translation>%2以内に%1に達するために必要なこと:</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>ステップなし</translation>
    </message>
    <message>
        <source>As %1: already there (%2).</source>
        <translation>%1: すでに達しています(%2)。</translation>
    </message>
    <message>
        <source>As %1: reachable in %2 with %3 — you would then qualify for listings that pay it: %4.</source>
        <translation>%1: %3により、%2で到達できます — その時点で、この年収に届く案件に応募できます: %4。</translation>
    </message>
    <message>
        <source>As %1: reachable in %2 with %3 (estimate %4).</source>
        <translation>%1: %3により、%2で到達できます(推定年収%4)。</translation>
    </message>
    <message>
        <source>As %1: not with this data within %2; no step fits in the time (%3 now).</source>
        <translation>%1: このデータでは%2以内に到達できません。期間内に終わるステップがありません(現在%3)。</translation>
    </message>
    <message>
        <source>As %1: not with this data within %2; the closest is %3 with %4 (%5).</source>
        <translation>%1: このデータでは%2以内に到達できません。最も近いのは%4による%3です(%5)。</translation>
    </message>
    <message>
        <source>You qualify already for listings in your database that pay it: 「%1」 (%2).</source>
        <translation>この年収に届くデータベース内の案件には、すでに応募条件を満たしています: 「%1」(%2)。</translation>
    </message>
    <message>
        <source>about a month</source>
        <translation>約1か月</translation>
    </message>
    <message>
        <source>You qualify for 「%1」 already</source>
        <translation>「%1」にはすでに応募条件を満たしています</translation>
    </message>
    <message>
        <source>The first, 「%1」, is within reach after step %2, in %3</source>
        <translation>最初の「%1」には、ステップ%2の後(%3)に手が届きます</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>No target income set: type one above (for example 10,000,000 yen a year) to plan toward it. Taking every step leads to about %1.</source>
        <translation>目標年収が設定されていません。上の欄に入力すると(例: 年1000万円)、そこへ向けた計画を立てます。すべてのステップを実行すると約%1になります。</translation>
    </message>
</context>
<context>
    <name>SalaryStatistic</name>
    <message>
        <source>Systems engineer (web service development)</source>
        <translation>システムエンジニア(Webサービス開発)</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>バックエンドエンジニア</translation>
    </message>
    <message>
        <source>Frontend engineer</source>
        <translation>フロントエンドエンジニア</translation>
    </message>
    <message>
        <source>Systems engineer (all)</source>
        <translation>システムエンジニア(全体)</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>age band, e.g. 40s</comment>
        <translation>%1代</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全年代</translation>
    </message>
</context>
<context>
    <name>SavedListingPanel</name>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Save listing</source>
        <translation>案件を保存</translation>
    </message>
    <message>
        <source>Saved listing</source>
        <translation>保存した案件</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved %1 · updated %2</source>
        <translation>保存: %1 · 更新: %2</translation>
    </message>
    <message>
        <source>Save a listing to keep it with a status and notes.</source>
        <translation>案件を保存すると、ステータスとメモを付けて管理できます。</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>応募ステータス</translation>
    </message>
    <message>
        <source>Notes: contact, interview dates, questions to ask…</source>
        <translation>メモ: 連絡先、面談日程、確認したいこと…</translation>
    </message>
    <message>
        <source>Notes on this listing</source>
        <translation>この案件のメモ</translation>
    </message>
    <message>
        <source>Remove from saved</source>
        <translation>保存を解除</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Notes and next action</source>
        <translation>メモと次のアクション</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>&amp;Next:</source>
        <translation>次のアクション(&amp;N):</translation>
    </message>
    <message>
        <source>Interview, reply due, call the agent…</source>
        <translation>面談、回答期限、エージェントへの連絡…</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>by</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>The next action has a date</source>
        <translation>次のアクションに期日がある</translation>
    </message>
    <message>
        <source>Date of the next action</source>
        <translation>次のアクションの期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月額単価</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>Rate ledger</source>
        <translation>単価の記録</translation>
    </message>
    <message>
        <source>Lines are only added: to correct a rate, add a new line.</source>
        <translation>行は追加のみです。単価を訂正するときは新しい行を追加してください。</translation>
    </message>
    <message>
        <source>Kind of rate</source>
        <translation>単価の種類</translation>
    </message>
    <message>
        <source>Monthly rate to record</source>
        <translation>記録する月額単価</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>行を追加</translation>
    </message>
</context>
<context>
    <name>SavedListingRepository</name>
    <message>
        <source>cannot commit: %1</source>
        <translation>確定できません: %1</translation>
    </message>
    <message>
        <source>a monthly rate must be from 1 to 100,000,000 yen</source>
        <translation>月額単価は1〜100,000,000円で指定してください</translation>
    </message>
    <message>
        <source>the listing is not saved</source>
        <translation>この案件は保存されていません</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>cannot read schema version</source>
        <translation>スキーマバージョンを読み取れません</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1</source>
        <translation>マイグレーション %1 のトランザクションを開始できません</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>スキーマバージョン %1 へのマイグレーションに失敗しました: %2</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed to commit</source>
        <translation>スキーマバージョン %1 へのマイグレーションをコミットできませんでした</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score a profile file: skill areas, income factors, income estimates with their explanation, and the listings that fit best.</source>
        <translation>プロフィールファイルを評価し、スキル分野、年収要因、推定年収とその根拠、適合度の高い案件を出力します。</translation>
    </message>
    <message>
        <source>The profile JSON file to score.</source>
        <translation>評価するプロフィールのJSONファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text(既定)または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Billable hours per month for hourly conversions.</source>
        <translation>時給換算に使う月間の稼働時間。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Agency margin in percent taken from listing rates.</source>
        <translation>案件の単価から差し引くエージェント手数料(パーセント)。</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>How many best-fitting listings to show.</source>
        <translation>表示する適合度の高い案件の件数。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>score: unknown format &quot;%1&quot; (expected text or json)</source>
        <translation>score: 不明な形式 &quot;%1&quot; です(text または json を指定してください)</translation>
    </message>
    <message>
        <source>score: --profile FILE is required</source>
        <translation>score: --profile でファイルを指定してください</translation>
    </message>
    <message>
        <source>score: --top expects a whole number ≥ 0</source>
        <translation>score: --top には0以上の整数を指定してください</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>score: --billable-hours expects hours from 1 to 400</source>
        <translation>score: --billable-hours には1〜400の時間数を指定してください</translation>
    </message>
    <message>
        <source>score: --agency-margin expects a percentage from 0 to 99</source>
        <translation>score: --agency-margin には0〜99のパーセント値を指定してください</translation>
    </message>
</context>
<context>
    <name>ScoreReport</name>
    <message>
        <source>met</source>
        <translation>満たす</translation>
    </message>
    <message>
        <source>partly met (fewer years)</source>
        <translation>一部(年数不足)</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>満たさない</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>判定できない</translation>
    </message>
    <message>
        <source>Skill areas (0–100)</source>
        <translation>スキル分野(0〜100)</translation>
    </message>
    <message>
        <source>Income factors (0–100)</source>
        <translation>年収要因(0〜100)</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>総合スコア</translation>
    </message>
    <message>
        <source>Estimated annual income</source>
        <translation>推定年収</translation>
    </message>
    <message>
        <source>Outside the catalogue (kept, not scored): %1</source>
        <translation>カタログ外(保持、評価対象外): %1</translation>
    </message>
    <message>
        <source>Listings that fit best</source>
        <translation>適合度の高い案件</translation>
    </message>
    <message>
        <source>negotiable</source>
        <translation>要相談</translation>
    </message>
    <message>
        <source>No listings in the database.</source>
        <translation>データベースに案件がありません。</translation>
    </message>
</context>
<context>
    <name>SeedLoader</name>
    <message>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>cannot commit the bundled data</source>
        <translation>同梱データをコミットできません</translation>
    </message>
    <message>
        <source>data/%1: cannot read: %2</source>
        <translation>data/%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>data/%1 line %2: %3</source>
        <translation>data/%1 %2行目: %3</translation>
    </message>
    <message>
        <source>data/%1 line %2: expected %3 fields, found %4</source>
        <translation>data/%1 %2行目: フィールド数は%3個のはずですが、%4個あります</translation>
    </message>
    <message>
        <source>data/salary_statistics.csv, row %1: column %2 is not a whole number</source>
        <translation>data/salary_statistics.csv 行 %1: %2列目が整数ではありません</translation>
    </message>
    <message>
        <source>data/sample_listings.json: cannot read: %1</source>
        <translation>data/sample_listings.json: 読み込めません: %1</translation>
    </message>
    <message>
        <source>data/sample_listings.json: %1</source>
        <translation>data/sample_listings.json: %1</translation>
    </message>
    <message>
        <source>data/sample_listings.json: a listing lacks &quot;key&quot; or &quot;title&quot;</source>
        <translation>data/sample_listings.json: &quot;key&quot; または &quot;title&quot; がない案件があります</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address: %2</source>
        <translation>%1 は PostgreSQL のアドレスではありません: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>postgresql:// で始まる必要があります</translation>
    </message>
    <message>
        <source>a # has no meaning in it</source>
        <translation># は使えません</translation>
    </message>
    <message>
        <source>the user name has a malformed %-escape</source>
        <translation>ユーザー名の %-エスケープが正しくありません</translation>
    </message>
    <message>
        <source>only one host may be named</source>
        <translation>ホストは 1 つだけ指定できます</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>IPv6 アドレスに閉じる ] がありません</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address: %1</source>
        <translation>IPv6 アドレスの後に余分な文字があります: %1</translation>
    </message>
    <message>
        <source>the port is missing after the colon</source>
        <translation>コロンの後にポート番号がありません</translation>
    </message>
    <message>
        <source>the host name has a malformed %-escape</source>
        <translation>ホスト名の %-エスケープが正しくありません</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not %1</source>
        <translation>ポートは 1 から 65535 の数でなければなりません（%1 ではなく）</translation>
    </message>
    <message>
        <source>the database name has a malformed %-escape</source>
        <translation>データベース名の %-エスケープが正しくありません</translation>
    </message>
    <message>
        <source>the option %1 has no value (key=value)</source>
        <translation>オプション %1 に値がありません（key=value）</translation>
    </message>
    <message>
        <source>the option %1 has a malformed %-escape</source>
        <translation>オプション %1 の %-エスケープが正しくありません</translation>
    </message>
    <message>
        <source>the value of %1 may not contain a semicolon</source>
        <translation>%1 の値にセミコロンは使えません</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not %2</source>
        <translation>sslmode は %1 のいずれかです（%2 ではなく）</translation>
    </message>
    <message>
        <source>%1 is not a connection option CareerPlanner knows</source>
        <translation>%1 は CareerPlanner が知らない接続オプションです</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>ローカルのサーバー</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（ユーザー %2）</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1（サーバーの応答: %2）</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for %2. CareerPlanner never stores passwords: correct the line for this server in ~/.pgpass (or in the file PGPASSFILE names).</source>
        <translation>%2 のサーバーが %1 のパスワードを拒否しました。CareerPlanner はパスワードを保存しません。~/.pgpass（または PGPASSFILE が指すファイル）のこのサーバーの行を直してください。</translation>
    </message>
    <message>
        <source>The server asks %1 for a password to %2, and none was found. Put it in ~/.pgpass (host:port:database:user:password, readable only by you) or in the file PGPASSFILE names.</source>
        <translation>%2 のサーバーが %1 のパスワードを求めていますが、見つかりませんでした。~/.pgpass（host:port:database:user:password の形式で、本人だけが読めるように）または PGPASSFILE が指すファイルに書いてください。</translation>
    </message>
    <message>
        <source>The secure connection (TLS, sslmode=%1) to %2 failed. Check the server&apos;s certificate and the sslrootcert file, or ask the administrator which TLS mode the server offers.</source>
        <translation>%2 への暗号化接続（TLS、sslmode=%1）に失敗しました。サーバーの証明書と sslrootcert のファイルを確認するか、サーバーが使える TLS のモードを管理者に確認してください。</translation>
    </message>
    <message>
        <source>There is no database %1 on the server (%2). Check the name after the / in the address.</source>
        <translation>サーバー（%2）にデータベース %1 がありません。アドレスの / の後の名前を確認してください。</translation>
    </message>
    <message>
        <source>The server has no user %1 (%2).</source>
        <translation>サーバーにユーザー %1 がいません（%2）。</translation>
    </message>
    <message>
        <source>The server does not let %1 connect from this computer (%2): its pg_hba.conf has no entry for it.</source>
        <translation>サーバーがこのコンピューターからの %1 の接続を許可していません（%2）。pg_hba.conf に該当する行がありません。</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: the server is not running there, or the network does not lead to it.</source>
        <translation>チームデータベース %1 に接続できません。サーバーが動いていないか、ネットワークが届いていません。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so %1 cannot be opened.</source>
        <translation>Qt の PostgreSQL ドライバー（Debian: libqt6sql6-psql）がインストールされていないため、%1 を開けません。</translation>
    </message>
    <message>
        <source>Cannot open the team database %1.</source>
        <translation>チームデータベース %1 を開けません。</translation>
    </message>
    <message>
        <source>Your account on %1 may not create or change the team database&apos;s tables: setting it up needs the database&apos;s owner. Nothing was changed.</source>
        <translation>%1 のこのアカウントにはチームデータベースの表を作成・変更する権限がありません。準備にはデータベースの所有者の権限が必要です。何も変更していません。</translation>
    </message>
    <message>
        <source>Your account on %1 may not do this: it has the reader role, which searches and reads listings. Importing, merging and deleting need the editor role; ask the team database&apos;s administrator. Nothing was changed.</source>
        <translation>%1 のこのアカウントにはこの操作の権限がありません。reader ロールでは案件の検索と閲覧だけができます。取り込み・統合・削除には editor ロールが必要です。チームデータベースの管理者に依頼してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Nothing was changed.</source>
        <translation>%1 との接続が切れました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Nothing was written: %1</source>
        <translation>何も書き込まれていません: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの設定 (%1)</translation>
    </message>
    <message>
        <source> h/month</source>
        <translation> 時間/月</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>既定(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Billable hours per month:</source>
        <translation>月の稼働時間(&amp;B):</translation>
    </message>
    <message>
        <source>Agency &amp;margin:</source>
        <translation>エージェント手数料(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>データベースファイル(&amp;D):</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>残すバックアップ数(&amp;K):</translation>
    </message>
    <message>
        <source>Billable hours turn hourly and monthly rates into each other; the agency margin is taken off listing rates before they are compared with your income.</source>
        <translation>稼働時間は時給と月単価の換算に使います。エージェント手数料は、案件の単価をあなたの年収と比べる前に差し引かれます。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Takes effect when CareerPlanner starts next. An existing database there is opened; otherwise a new one is created. The current file stays where it is.</source>
        <translation>次回の起動時から有効になります。指定した場所にデータベースがあればそれを開き、なければ新しく作成します。現在のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Your profile history, listings and roadmap are kept in this one file.</source>
        <translation>プロフィールの履歴・案件・ロードマップは、すべてこの1つのファイルに保存されます。</translation>
    </message>
    <message>
        <source>A copy is made before every schema upgrade and at most once a day; the oldest are deleted. The backups folder beside the database holds %1 now.</source>
        <translation>スキーマの更新前と、1日に1回までバックアップを作成し、古いものから削除します。データベースと同じ場所の backups フォルダーは現在 %1 です。</translation>
    </message>
</context>
<context>
    <name>SkillAliasStore</name>
    <message>
        <source>&quot;%1&quot; is not a skill of the catalogue</source>
        <translation>&quot;%1&quot; はカタログのスキルではありません</translation>
    </message>
    <message>
        <source>A name is 1 to 200 characters long.</source>
        <translation>名前は1〜200文字で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names %2.</source>
        <translation>&quot;%1&quot; はすでに %2 の名前です。</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>cannot store the name</source>
        <translation>名前を保存できません</translation>
    </message>
</context>
<context>
    <name>SkillCategory</name>
    <message>
        <source>Programming languages</source>
        <translation>プログラミング言語</translation>
    </message>
    <message>
        <source>Frontend</source>
        <translation>フロントエンド</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>ミドルウェア</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>マネジメント</translation>
    </message>
    <message>
        <source>Upstream processes</source>
        <translation>上流工程</translation>
    </message>
</context>
<context>
    <name>SkillListEditor</name>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>経験年数</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Skills with years of experience</source>
        <translation>スキルと経験年数</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>スキルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move skill</source>
        <translation>スキルを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Outside the catalogue</source>
        <translation>カタログ外</translation>
    </message>
    <message>
        <source>Kept as you typed it; the model does not score it yet.</source>
        <translation>入力どおりに保持しています。現時点では評価の対象外です。</translation>
    </message>
</context>
<context>
    <name>SkillMarketValues</name>
    <message>
        <source>published %1 (%2 listings)</source>
        <translation>公表値%1(案件%2件)</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>公表値%1</translation>
    </message>
    <message>
        <source>no published rate (1.00)</source>
        <translation>公表単価なし(1.00)</translation>
    </message>
    <message>
        <source>your listings naming it: %1 at %2, weight %3</source>
        <translation>このスキルを挙げたあなたの案件: %1件、指数%2、重み%3</translation>
    </message>
    <message>
        <source>asked for in %1% of skill mentions, demand ×%2</source>
        <translation>スキル言及の%1%で求められる、需要 ×%2</translation>
    </message>
    <message>
        <source>market value %1: %2</source>
        <translation>市場価値%1: %2</translation>
    </message>
</context>
<context>
    <name>SkillNameDelegate</name>
    <message>
        <source>Skill name</source>
        <translation>スキル名</translation>
    </message>
</context>
<context>
    <name>SkillRadarChartView</name>
    <message>
        <source>Skill areas (0–100)</source>
        <translation>スキル分野(0〜100)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1. A roadmap target will be drawn here once you have one.</source>
        <translation>%1。ロードマップを作成すると、ここに目標も表示されます。</translation>
    </message>
</context>
<context>
    <name>SkillYearsDelegate</name>
    <message>
        <source>Years of experience</source>
        <translation>経験年数</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>the database is in use: another CareerPlanner window or command is writing to it and did not finish within 5 seconds. Nothing was changed; try again when it has finished.</source>
        <translation>データベースは使用中です。別の CareerPlanner のウィンドウまたはコマンドが書き込み中で、5秒以内に終わりませんでした。何も変更していません。終わってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TakeHomeCalculator</name>
    <message>
        <source>age: %1 is not an age between 15 and 100</source>
        <translation>年齢: %1 は15〜100歳の範囲外です</translation>
    </message>
    <message>
        <source>dependants: %1 is not a number of dependants between 0 and 20</source>
        <translation>扶養親族: %1 は0〜20人の範囲外です</translation>
    </message>
    <message>
        <source>monthly rate: %1 yen is not a monthly rate between 1 and %2 yen</source>
        <translation>月単価: %1円は1〜%2円の範囲外です</translation>
    </message>
    <message>
        <source>billed months: %1 is not between 0 and 12</source>
        <translation>稼働月数: %1 は0〜12の範囲外です</translation>
    </message>
    <message>
        <source>margin: %1 is not a share from 0% to below 100%</source>
        <translation>エージェント手数料: %1 は0%以上100%未満の割合ではありません</translation>
    </message>
    <message>
        <source>expenses: %1 yen is not an amount between 0 and %2 yen</source>
        <translation>経費: %1円は0〜%2円の範囲外です</translation>
    </message>
    <message>
        <source>expenses: %1 is not a share from 0% to below 100%</source>
        <translation>経費: %1 は0%以上100%未満の割合ではありません</translation>
    </message>
    <message>
        <source>annual pay: %1 yen is not an amount between 1 and %2 yen</source>
        <translation>年収: %1円は1〜%2円の範囲外です</translation>
    </message>
    <message>
        <source>bonus months: %1 is not between 0 and 12</source>
        <translation>賞与の月数: %1 は0〜12の範囲外です</translation>
    </message>
    <message>
        <source>hours a week: %1 is not between 0 and 80</source>
        <translation>週の労働時間: %1 は0〜80の範囲外です</translation>
    </message>
    <message>
        <source>paid leave: %1 days is not between 0 and 60</source>
        <translation>有給休暇: %1日は0〜60日の範囲外です</translation>
    </message>
    <message>
        <source>An estimate for a steady year: resident tax, 国民健康保険 and 個人事業税 are charged on the previous year&apos;s income, taken here to be the same. It is not tax advice.</source>
        <translation>収入が毎年変わらない場合の試算です。住民税・国民健康保険・個人事業税は前年の所得に対してかかりますが、ここでは前年も同じ所得とみなしています。税務上の助言ではありません。</translation>
    </message>
    <message>
        <source>Left out: other income, medical and life-insurance deductions, ふるさと納税, housing loans, 扶養 of relatives over 70 or under 23 with special rates, and the deductions a family with one parent or a disability gets.</source>
        <translation>考慮していないもの: ほかの所得、医療費控除・生命保険料控除、ふるさと納税、住宅ローン控除、特別な控除額となる70歳以上または23歳未満の親族の扶養、ひとり親控除・障害者控除。</translation>
    </message>
    <message>
        <source>National pension (国民年金)</source>
        <translation>国民年金</translation>
    </message>
    <message>
        <source>No 国民年金 is charged at %1 (it is owed from 20 to 59).</source>
        <translation>%1歳では国民年金はかかりません(納付義務は20〜59歳)。</translation>
    </message>
    <message>
        <source>National health insurance: medical part</source>
        <translation>国民健康保険: 医療分</translation>
    </message>
    <message>
        <source>National health insurance: support for the elderly</source>
        <translation>国民健康保険: 後期高齢者支援金分</translation>
    </message>
    <message>
        <source>National health insurance: long-term care (40–64)</source>
        <translation>国民健康保険: 介護分(40〜64歳)</translation>
    </message>
    <message>
        <source>国民健康保険&apos;s 子ども・子育て支援金 part is left out: no published rate for the Tokyo 23 wards was found.</source>
        <translation>国民健康保険の子ども・子育て支援金分は含めていません。東京23区の料率の公表が見つからなかったためです。</translation>
    </message>
    <message>
        <source>Basic deduction (基礎控除)</source>
        <translation>基礎控除</translation>
    </message>
    <message>
        <source>for a total income of %1</source>
        <translation>合計所得金額 %1 の場合</translation>
    </message>
    <message>
        <source>Spouse and dependants (配偶者控除・扶養控除)</source>
        <translation>配偶者控除・扶養控除</translation>
    </message>
    <message>
        <source>Taxable income (課税所得)</source>
        <translation>課税所得</translation>
    </message>
    <message>
        <source>Income tax with the reconstruction surtax (所得税・復興特別所得税)</source>
        <translation>所得税・復興特別所得税</translation>
    </message>
    <message>
        <source>Resident tax (住民税)</source>
        <translation>住民税</translation>
    </message>
    <message>
        <source>none: a total income of %1 is within the limit for no resident tax</source>
        <translation>なし: 合計所得金額 %1 は住民税の非課税限度額以下です</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>額面</translation>
    </message>
    <message>
        <source>12 months&apos; pay + %1 months&apos; bonus</source>
        <translation>月給12か月分 + 賞与%1か月分</translation>
    </message>
    <message>
        <source>12 months&apos; pay</source>
        <translation>月給12か月分</translation>
    </message>
    <message>
        <source>Health insurance (健康保険, grade %1)</source>
        <translation>健康保険(%1等級)</translation>
    </message>
    <message>
        <source>Long-term care insurance (介護保険, 40–64)</source>
        <translation>介護保険(40〜64歳)</translation>
    </message>
    <message>
        <source>Child and child-rearing support levy (子ども・子育て支援金)</source>
        <translation>子ども・子育て支援金</translation>
    </message>
    <message>
        <source>Employees&apos; pension (厚生年金, grade %1)</source>
        <translation>厚生年金(%1等級)</translation>
    </message>
    <message>
        <source>At %1 hours a week and %2 yen a month this job is below the thresholds for employee insurance, so 国民年金 and 国民健康保険 are paid instead.</source>
        <translation>週%1時間・月%2円では社会保険の加入要件を満たさないため、代わりに国民年金と国民健康保険を支払います。</translation>
    </message>
    <message>
        <source>Employment insurance (雇用保険)</source>
        <translation>雇用保険</translation>
    </message>
    <message>
        <source>Employment income deduction (給与所得控除)</source>
        <translation>給与所得控除</translation>
    </message>
    <message>
        <source>Total income (合計所得金額)</source>
        <translation>合計所得金額</translation>
    </message>
    <message>
        <source>Take-home pay</source>
        <translation>手取り</translation>
    </message>
    <message>
        <source>Employer&apos;s share of the insurance</source>
        <translation>社会保険料の会社負担分</translation>
    </message>
    <message>
        <source>paid by the employer on top of the gross pay</source>
        <translation>額面とは別に会社が負担</translation>
    </message>
    <message>
        <source>Paid leave</source>
        <translation>有給休暇</translation>
    </message>
    <message>
        <source>Retirement allowance, a year&apos;s share</source>
        <translation>退職金(1年分相当)</translation>
    </message>
    <message>
        <source>Rate × months billed</source>
        <translation>月単価 × 稼働月数</translation>
    </message>
    <message>
        <source>Agency margin</source>
        <translation>エージェント手数料</translation>
    </message>
    <message>
        <source>Business expenses</source>
        <translation>経費</translation>
    </message>
    <message>
        <source>Consumption tax billed to clients</source>
        <translation>取引先に請求する消費税</translation>
    </message>
    <message>
        <source>Consumption tax paid</source>
        <translation>納付する消費税</translation>
    </message>
    <message>
        <source>Business tax (個人事業税)</source>
        <translation>個人事業税</translation>
    </message>
    <message>
        <source>Blue-return deduction (青色申告特別控除)</source>
        <translation>青色申告特別控除</translation>
    </message>
    <message>
        <source>国民健康保険 at the Tokyo 23 wards&apos; rates, for a household of the person, a spouse if given, and the dependants.</source>
        <translation>国民健康保険は東京23区の料率で、本人・配偶者(指定した場合)・扶養親族からなる世帯として計算しています。</translation>
    </message>
    <message>
        <source>Not invoice-registered: no consumption tax is billed or paid.</source>
        <translation>インボイス未登録: 消費税は請求も納付もしません。</translation>
    </message>
    <message>
        <source>個人事業税 at 5 %, as for 請負業: whether engineering work is one of the taxed businesses is decided by the prefecture, and some charge none for it.</source>
        <translation>個人事業税は請負業として税率5%で計算しています。エンジニアの仕事が課税対象の業種に当たるかは都道府県が判断し、課税しないところもあります。</translation>
    </message>
    <message>
        <source>%1 − %2 − %3 − %4, rounded down to %5</source>
        <translation>%1 − %2 − %3 − %4、%5円未満切り捨て</translation>
    </message>
    <message>
        <source>(%1 × %2 − %3) × (1 + %4), rounded down to 100</source>
        <translation>(%1 × %2 − %3) × (1 + %4)、100円未満切り捨て</translation>
    </message>
    <message>
        <source>%1 × %2 − %3 (調整控除), rounded down to 100, + %4</source>
        <translation>%1 × %2 − %3(調整控除)、100円未満切り捨て、+ %4</translation>
    </message>
    <message>
        <source>%1 × (%2 − %3) ÷ (1 + %1), rounded down to 100</source>
        <translation>%1 × (%2 − %3) ÷ (1 + %1)、100円未満切り捨て</translation>
    </message>
    <message>
        <source>prefecture: &quot;%1&quot; is not a prefecture (give it as 大阪府, 大阪 or osaka)</source>
        <translation>都道府県: 「%1」は都道府県ではありません(大阪府、大阪、osaka のように指定してください)</translation>
    </message>
    <message>
        <source>prefecture: there is no 協会けんぽ rate for %1 in %2</source>
        <translation>都道府県: %2年の %1 の協会けんぽ保険料率がありません</translation>
    </message>
    <message>
        <source>%1: %2 yen a month is not 0 or an amount from %3 to %4 yen</source>
        <translation>%1: 月額 %2 円は 0 でも %3〜%4 円の範囲でもありません</translation>
    </message>
    <message>
        <source>小規模企業共済</source>
        <translation>小規模企業共済</translation>
    </message>
    <message>
        <source>経営セーフティ共済</source>
        <translation>経営セーフティ共済</translation>
    </message>
    <message>
        <source>小規模企業共済 and 経営セーフティ共済 are for the self-employed; an employee cannot pay into them</source>
        <translation>小規模企業共済と経営セーフティ共済は個人事業主向けで、会社員は加入できません</translation>
    </message>
    <message>
        <source>iDeCo: %1 yen a month is not between 0 and %2 yen, the limit for %3</source>
        <translation>iDeCo: 月額 %1 円は 0〜%2 円(%3 の上限)の範囲にありません</translation>
    </message>
    <message>
        <source>the self-employed</source>
        <translation>自営業者</translation>
    </message>
    <message>
        <source>an employee without a company pension</source>
        <translation>企業年金のない会社員</translation>
    </message>
    <message>
        <source>retirement allowance: %1 yen a year is not between 0 and %2 yen</source>
        <translation>退職金: 年 %1 円は 0〜%2 円の範囲にありません</translation>
    </message>
    <message>
        <source>Only the health-insurance rate is %1&apos;s. Resident tax, 国民健康保険 and 個人事業税 are reckoned as in Tokyo&apos;s 23 wards; elsewhere they differ somewhat.</source>
        <translation>%1 のものは健康保険料率だけです。住民税・国民健康保険・個人事業税は東京23区の条件で計算しています。他の地域では多少異なります。</translation>
    </message>
    <message>
        <source>Set aside: iDeCo and 共済 (saved, not spent)</source>
        <translation>積立: iDeCo・共済(支出ではなく貯蓄)</translation>
    </message>
    <message>
        <source>Tax and insurance the contributions save</source>
        <translation>掛金による税・保険料の軽減額</translation>
    </message>
    <message>
        <source>%1 kept with them (take-home pay and savings) − %2 take-home pay without them</source>
        <translation>掛金ありの手元に残る額 %1(手取り+積立)− 掛金なしの手取り %2</translation>
    </message>
    <message>
        <source>iDeCo and the 共済 contributions are savings: they are set aside before the take-home pay, and come back later (iDeCo from age 60).</source>
        <translation>iDeCo と共済の掛金は貯蓄です。手取りの前に積み立て、後で受け取ります(iDeCo は60歳から)。</translation>
    </message>
    <message>
        <source>iDeCo and mutual-aid deduction (小規模企業共済等掛金控除)</source>
        <translation>小規模企業共済等掛金控除(iDeCo・小規模企業共済)</translation>
    </message>
    <message>
        <source>%1 − %2 − %3 − %4 − %5, rounded down to %6</source>
        <translation>%1 − %2 − %3 − %4 − %5(%6 未満切り捨て)</translation>
    </message>
    <message>
        <source>Health insurance at 協会けんぽ&apos;s rate for %1 for the whole year; bonuses paid twice. A company&apos;s own health-insurance society may charge less.</source>
        <translation>健康保険は1年を通じて協会けんぽ %1 支部の料率、賞与は年2回としています。会社の健康保険組合ではこれより安い場合があります。</translation>
    </message>
    <message>
        <source>経営セーフティ共済, an expense for income and resident tax</source>
        <translation>経営セーフティ共済(所得税・住民税の必要経費)</translation>
    </message>
</context>
<context>
    <name>TakeHomeChartView</name>
    <message>
        <source>Take-home pay</source>
        <translation>手取り</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保険料</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Resident tax</source>
        <translation>住民税</translation>
    </message>
    <message>
        <source>Business and consumption tax</source>
        <translation>個人事業税・消費税</translation>
    </message>
    <message>
        <source>Margin and expenses</source>
        <translation>手数料・経費</translation>
    </message>
    <message>
        <source>From gross to take-home pay, a year</source>
        <translation>額面から手取りまで(年額)</translation>
    </message>
    <message>
        <source>Set aside: iDeCo, 共済</source>
        <translation>積立: iDeCo・共済</translation>
    </message>
</context>
<context>
    <name>TakeHomeCommand</name>
    <message>
        <source>Take-home pay for an employment type: gross, social insurance, taxes, net.</source>
        <translation>雇用形態ごとの手取りを計算します: 額面、社会保険料、税金、手取り。</translation>
    </message>
    <message>
        <source>fulltime (default), freelance, dispatch or parttime.</source>
        <translation>fulltime(正社員、既定)、freelance(フリーランス)、dispatch(派遣社員)、parttime(アルバイト)のいずれか。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Yearly pay with bonus (employees), or yearly sales.</source>
        <translation>賞与を含む年収(会社員)、または年間売上(フリーランス)。</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Monthly pay (employees) or the monthly rate (freelance).</source>
        <translation>月給(会社員)または月単価(フリーランス)。</translation>
    </message>
    <message>
        <source>Hourly pay or rate, with --hours-per-week.</source>
        <translation>時給または時間単価。--hours-per-week と組み合わせて指定します。</translation>
    </message>
    <message>
        <source>Hours worked a week (default 40).</source>
        <translation>週の労働時間(既定: 40)。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Age, for 介護保険 and 国民年金 (default 40).</source>
        <translation>年齢。介護保険と国民年金の判定に使います(既定: 40)。</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>name</source>
        <translation>都道府県名</translation>
    </message>
    <message>
        <source>Tax year: 2025 or 2026.</source>
        <translation>対象の年: 2025 または 2026。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Months of pay paid as bonus (employees, default 0).</source>
        <translation>賞与として支給される月給の月数(会社員。既定: 0)。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Months billed in a year (freelance, default 11).</source>
        <translation>年間の稼働月数(フリーランス。既定: 11)。</translation>
    </message>
    <message>
        <source>Business expenses: yen, or a share such as 10%.</source>
        <translation>経費: 金額(円)、または 10% のような割合。</translation>
    </message>
    <message>
        <source>yen|pct%</source>
        <translation>円|割合%</translation>
    </message>
    <message>
        <source>The agency&apos;s margin in percent of the rate.</source>
        <translation>エージェント手数料(単価に対するパーセント)。</translation>
    </message>
    <message>
        <source>pct</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>Consumption tax: standard, simplified, twenty-percent or none (default).</source>
        <translation>消費税: standard(本則課税)、simplified(簡易課税)、twenty-percent(2割特例)、none(既定)のいずれか。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>青色申告: full (65万円, default), paper (55万円), simple (10万円) or white.</source>
        <translation>青色申告: full(65万円、既定)、paper(55万円)、simple(10万円)、white(白色申告)のいずれか。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Dependants aged 16 to 18 or 23 to 69.</source>
        <translation>16〜18歳または23〜69歳の扶養親族の人数。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>A spouse within the 配偶者控除 income limit.</source>
        <translation>配偶者控除の所得制限内の配偶者がいる場合に指定します。</translation>
    </message>
    <message>
        <source>With --annual: the freelance monthly rate that nets as much.</source>
        <translation>--annual と併用: 同じ手取りになるフリーランスの月単価を出力します。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text(既定)または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>--employment: &quot;%1&quot; is not fulltime, freelance, dispatch or parttime</source>
        <translation>--employment: &quot;%1&quot; は fulltime、freelance、dispatch、parttime のいずれでもありません</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: &quot;%2&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year</source>
        <translation>--year: &quot;%1&quot; は年ではありません</translation>
    </message>
    <message>
        <source>--invoice: &quot;%1&quot; is not standard, simplified, twenty-percent or none</source>
        <translation>--invoice: &quot;%1&quot; は standard、simplified、twenty-percent、none のいずれでもありません</translation>
    </message>
    <message>
        <source>--blue: &quot;%1&quot; is not full, paper, simple or white</source>
        <translation>--blue: &quot;%1&quot; は full、paper、simple、white のいずれでもありません</translation>
    </message>
    <message>
        <source>--expenses: &quot;%1&quot; is not a share such as 10%</source>
        <translation>--expenses: &quot;%1&quot; は 10% のような割合ではありません</translation>
    </message>
    <message>
        <source>--expenses: &quot;%1&quot; is neither an amount in yen nor a share such as 10%</source>
        <translation>--expenses: &quot;%1&quot; は円単位の金額でも 10% のような割合でもありません</translation>
    </message>
    <message>
        <source>give the pay once: --annual, --monthly or --hourly</source>
        <translation>金額は --annual、--monthly、--hourly のいずれか1つで指定してください</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an amount in yen (600000, 600,000 or 60万)</source>
        <translation>--%1: &quot;%2&quot; は円単位の金額ではありません(600000、600,000、60万 のように指定してください)</translation>
    </message>
    <message>
        <source>takehome: unknown format &quot;%1&quot; (expected text or json)</source>
        <translation>takehome: 不明な形式 &quot;%1&quot; です(text または json を指定してください)</translation>
    </message>
    <message>
        <source>takehome: --break-even takes an employee&apos;s --annual pay</source>
        <translation>takehome: --break-even には会社員の年収を --annual で指定してください</translation>
    </message>
    <message>
        <source>A salary of %1 yen a year takes home %2 yen. A freelancer billing %3 months takes home as much at a monthly rate of %4 yen.</source>
        <translation>年収%1円の会社員の手取りは%2円です。年%3か月稼働するフリーランスなら、月単価%4円で同じ手取りになります。</translation>
    </message>
    <message>
        <source>The prefecture whose 協会けんぽ rate applies: 大阪府, 大阪 or osaka (default Tokyo).</source>
        <translation>協会けんぽの料率を使う都道府県: 大阪府、大阪、osaka など(既定は東京都)。</translation>
    </message>
    <message>
        <source>iDeCo contributions a month (default 0).</source>
        <translation>iDeCo の月額掛金(既定 0)。</translation>
    </message>
    <message>
        <source>小規模企業共済 contributions a month (freelance, default 0).</source>
        <translation>小規模企業共済の月額掛金(フリーランス、既定 0)。</translation>
    </message>
    <message>
        <source>経営セーフティ共済 contributions a month (freelance, default 0).</source>
        <translation>経営セーフティ共済の月額掛金(フリーランス、既定 0)。</translation>
    </message>
    <message>
        <source>Paid-leave days a year, valued beside an employee&apos;s take-home pay.</source>
        <translation>年間の有給休暇日数。会社員の手取りとは別に価値を示します。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>A year&apos;s share of a retirement allowance, valued beside an employee&apos;s take-home pay.</source>
        <translation>退職金の1年あたりの額。会社員の手取りとは別に価値を示します。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an amount in yen (23000, 23,000 or 2.3万)</source>
        <translation>--%1: 「%2」は円の金額ではありません(23000、23,000、2.3万 のように指定)</translation>
    </message>
    <message>
        <source>Every step is printed with its formula and the source of its figures. It is an estimate for a steady year, not tax advice: health insurance at 協会けんぽ&apos;s rate of the prefecture, resident tax and 国民健康保険 as in Tokyo&apos;s 23 wards. With --break-even and --annual, prints the freelance monthly rate whose take-home pay equals that salary&apos;s.</source>
        <translation>各計算を計算式と数値の出典とともに表示します。毎年同じ収入が続く場合の概算で、税務上の助言ではありません。健康保険は都道府県ごとの協会けんぽの料率、住民税と国民健康保険は東京23区の条件です。--break-even と --annual を指定すると、その年収と同じ手取りになるフリーランスの月単価を表示します。</translation>
    </message>
</context>
<context>
    <name>TakeHomeCsv</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2行目: %3</translation>
    </message>
    <message>
        <source>%1, line 1: the header must be %2</source>
        <translation>%1、1行目: 見出し行は %2 でなければなりません</translation>
    </message>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1、%2行目、%3: %4</translation>
    </message>
    <message>
        <source>the row has %1 fields, not %2</source>
        <translation>この行の項目数は %1 で、%2 ではありません</translation>
    </message>
</context>
<context>
    <name>TakeHomeFormatter</name>
    <message>
        <source>Take-home pay, %1 (%2 rules)</source>
        <translation>手取り: %1(%2年の制度)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>出典: %1</translation>
    </message>
</context>
<context>
    <name>TakeHomePage</name>
    <message>
        <source>A freelance rate of &lt;b&gt;%1&lt;/b&gt; a month, billed %2 months, takes home as much as the full-time pay of %3 a year.</source>
        <translation>フリーランスで月単価 &lt;b&gt;%1&lt;/b&gt;、年%2か月稼働なら、正社員の年収 %3 と同じ手取りになります。</translation>
    </message>
    <message>
        <source>How the %1 figure is reached (%2 rules)</source>
        <translation>%1の手取りの計算(%2年の制度)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>会社員</translation>
    </message>
    <message>
        <source>Freelance</source>
        <translation>フリーランス</translation>
    </message>
    <message>
        <source>You and your household</source>
        <translation>本人と世帯</translation>
    </message>
    <message>
        <source>Full-time, a year (with bonus):</source>
        <translation>正社員の年収(賞与込み):</translation>
    </message>
    <message>
        <source>Dispatch, a year:</source>
        <translation>派遣の年収:</translation>
    </message>
    <message>
        <source>Part-time, a year:</source>
        <translation>アルバイトの年収:</translation>
    </message>
    <message>
        <source>Freelance rate, a month:</source>
        <translation>フリーランスの月単価:</translation>
    </message>
    <message>
        <source>Bonus, in months of pay:</source>
        <translation>賞与(月給の何か月分):</translation>
    </message>
    <message>
        <source>Part-time hours a week:</source>
        <translation>アルバイトの週の労働時間:</translation>
    </message>
    <message>
        <source>Months billed a year:</source>
        <translation>年間の稼働月数:</translation>
    </message>
    <message>
        <source>Agency margin:</source>
        <translation>エージェント手数料:</translation>
    </message>
    <message>
        <source>Expenses, share of sales:</source>
        <translation>経費(売上に対する割合):</translation>
    </message>
    <message>
        <source>Consumption tax:</source>
        <translation>消費税:</translation>
    </message>
    <message>
        <source>Tax year:</source>
        <translation>対象年:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年齢:</translation>
    </message>
    <message>
        <source>Dependants (16 and over):</source>
        <translation>扶養親族(16歳以上):</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Every step, with sources</source>
        <translation>計算の全ステップと出典</translation>
    </message>
    <message>
        <source>Use my estimates</source>
        <translation>推定年収を入れる</translation>
    </message>
    <message>
        <source>Fill in the pay the model estimates for your profile in each employment type.</source>
        <translation>プロフィールから推定した雇用形態ごとの年収・単価を入力します。</translation>
    </message>
    <message>
        <source>A spouse with little or no income (配偶者控除)</source>
        <translation>収入がない、または少ない配偶者がいる(配偶者控除)</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>インボイス未登録</translation>
    </message>
    <message>
        <source>Registered: 本則課税</source>
        <translation>登録・本則課税</translation>
    </message>
    <message>
        <source>Registered: 簡易課税</source>
        <translation>登録・簡易課税</translation>
    </message>
    <message>
        <source>Registered: 2割特例</source>
        <translation>登録・2割特例</translation>
    </message>
    <message>
        <source>Paid-leave days a year:</source>
        <translation>年間の有給休暇日数:</translation>
    </message>
    <message>
        <source>Retirement allowance, a year&apos;s share:</source>
        <translation>退職金(1年あたり):</translation>
    </message>
    <message>
        <source>小規模企業共済, a month:</source>
        <translation>小規模企業共済(月額):</translation>
    </message>
    <message>
        <source>経営セーフティ共済, a month:</source>
        <translation>経営セーフティ共済(月額):</translation>
    </message>
    <message>
        <source>Prefecture (health insurance):</source>
        <translation>都道府県(健康保険):</translation>
    </message>
    <message>
        <source>iDeCo, a month:</source>
        <translation>iDeCo(月額):</translation>
    </message>
    <message>
        <source>An estimate for a steady year, not tax advice: 協会けんぽ&apos;s rate of the prefecture chosen; resident tax and 国民健康保険 as in Tokyo&apos;s 23 wards. Point at a figure for its formula and source; click a column for every step of it.</source>
        <translation>毎年同じ収入が続く場合の概算で、税務上の助言ではありません。健康保険は選んだ都道府県の協会けんぽの料率、住民税と国民健康保険は東京23区の条件です。数値にポインタを当てると計算式と出典、列をクリックするとすべての計算過程を表示します。</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>Up to 23,000 yen a month counts for an employee without a company pension, up to 68,000 yen for the self-employed.</source>
        <translation>企業年金のない会社員は月23,000円まで、自営業者は月68,000円までが計算に入ります。</translation>
    </message>
    <message>
        <source>From 1,000 to 70,000 yen a month, for the self-employed; deducted from income.</source>
        <translation>月1,000〜70,000円、個人事業主向け。所得から控除されます。</translation>
    </message>
    <message>
        <source>From 5,000 to 200,000 yen a month; a business expense.</source>
        <translation>月5,000〜200,000円。必要経費になります。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Valued at a day&apos;s pay beside the take-home pay, not added to it.</source>
        <translation>日給で評価し、手取りには足さずに別に示します。</translation>
    </message>
    <message>
        <source>A year&apos;s share of the allowance you expect, valued beside the take-home pay.</source>
        <translation>見込まれる退職金の1年あたりの額。手取りには足さずに別に示します。</translation>
    </message>
</context>
<context>
    <name>TakeHomeRules</name>
    <message>
        <source>no tax and insurance figures for %1; the years known are %2</source>
        <translation>%1年の税・保険料の数値がありません。対応している年: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>キーが空です</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>&quot;%1&quot; は年ではありません</translation>
    </message>
    <message>
        <source>every figure names its publisher and address</source>
        <translation>すべての数値には公表元とURLが必要です</translation>
    </message>
</context>
<context>
    <name>TakeHomeTableModel</name>
    <message>
        <source>+ Consumption tax billed</source>
        <translation>+ 請求した消費税</translation>
    </message>
    <message>
        <source>− Agency margin and expenses</source>
        <translation>− エージェント手数料・経費</translation>
    </message>
    <message>
        <source>− Social insurance</source>
        <translation>− 社会保険料</translation>
    </message>
    <message>
        <source>− Income tax</source>
        <translation>− 所得税</translation>
    </message>
    <message>
        <source>− Resident tax</source>
        <translation>− 住民税</translation>
    </message>
    <message>
        <source>− Business tax</source>
        <translation>− 個人事業税</translation>
    </message>
    <message>
        <source>− Consumption tax paid</source>
        <translation>− 納める消費税</translation>
    </message>
    <message>
        <source>Take-home pay, a year</source>
        <translation>手取り(年額)</translation>
    </message>
    <message>
        <source>Take-home pay, a month</source>
        <translation>手取り(月額)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>額面</translation>
    </message>
    <message>
        <source>Besides pay</source>
        <translation>給与以外の価値</translation>
    </message>
    <message>
        <source>Employees: the year&apos;s pay with bonus. Freelance: the monthly rate × the months billed.</source>
        <translation>会社員: 賞与込みの年収。フリーランス: 月単価 × 稼働月数。</translation>
    </message>
    <message>
        <source>What employment gives besides pay: the employer&apos;s share of the insurance, paid leave and a retirement allowance. Not part of the take-home pay.</source>
        <translation>雇用で給与以外に得られるもの: 会社負担の社会保険料、有給休暇、退職金。手取りには含みません。</translation>
    </message>
    <message>
        <source>− Set aside: iDeCo, 共済</source>
        <translation>− 積立: iDeCo・共済</translation>
    </message>
    <message>
        <source>Savings paid in before the take-home pay: they lower the taxes (and, for 経営セーフティ共済, the insurance) and come back later.</source>
        <translation>手取りの前に払い込む貯蓄です。税金(経営セーフティ共済では保険料も)が下がり、後で受け取れます。</translation>
    </message>
</context>
<context>
    <name>TargetQuestionPanel</name>
    <message>
        <source>By &amp;age</source>
        <translation>年齢で指定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <translation>期間で指定(&amp;W)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Target age</source>
        <translation>目標年齢</translation>
    </message>
    <message>
        <source>Months available</source>
        <translation>期間(月数)</translation>
    </message>
    <message>
        <source>Work as</source>
        <translation>働き方</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>所要期間</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>What it takes, per employment type</source>
        <translation>雇用形態別の達成に必要なこと</translation>
    </message>
    <message>
        <source>Steps are taken one after another, in the order of the plan for each employment type, until the target is met; steps it does not need are then dropped, longest first. Listings count when they pay the target and you would qualify for them.</source>
        <translation>ステップは雇用形態ごとの計画の順に、目標に達するまで1つずつ進めます。そのうえで不要なステップを、所要期間の長いものから外します。案件は、目標年収に届き、かつ応募条件を満たせる場合に数えます。</translation>
    </message>
    <message>
        <source>Set a target income above to ask what it takes.</source>
        <translation>上で目標年収を設定すると、達成に必要なことを確認できます。</translation>
    </message>
    <message>
        <source>Reachable (through listings)</source>
        <translation>到達可能(案件で)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>Not with this data; closest %1</source>
        <translation>このデータでは到達不可(最も近いのは%1)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so %1 cannot be opened.</source>
        <translation>Qt の PostgreSQL ドライバー（Debian: libqt6sql6-psql）がインストールされていないため、%1 を開けません。</translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation>チームデータベース %1 のスキーマを読めません: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no CareerPlanner listings yet. Its administrator sets it up once with: careerplanner admin init-postgres %2</source>
        <translation>チームデータベース %1 にはまだ CareerPlanner の案件がありません。管理者が一度だけ次のコマンドで準備します: careerplanner admin init-postgres %2</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2, newer than this CareerPlanner knows (%3). Update CareerPlanner; nothing was changed.</source>
        <translation>チームデータベース %1 のスキーマバージョン %2 は、この CareerPlanner が知っているもの（%3）より新しいです。CareerPlanner を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2; this CareerPlanner needs %3. Its administrator upgrades it with: careerplanner admin init-postgres %4</source>
        <translation>チームデータベース %1 のスキーマバージョンは %2 ですが、この CareerPlanner には %3 が必要です。管理者が次のコマンドで更新します: careerplanner admin init-postgres %4</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseSettings</name>
    <message>
        <source>&amp;Team database (PostgreSQL)</source>
        <translation>チームデータベース（PostgreSQL）(&amp;T)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: 暗号化し、証明書とホスト名を検証</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: 暗号化し、証明書を検証</translation>
    </message>
    <message>
        <source>require: encrypted, certificate not checked</source>
        <translation>require: 暗号化（証明書は検証しない）</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: サーバーが対応していれば暗号化</translation>
    </message>
    <message>
        <source>disable: not encrypted (a trusted network only)</source>
        <translation>disable: 暗号化しない（信頼できるネットワークのみ）</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>接続をテスト(&amp;E)</translation>
    </message>
    <message>
        <source>Your profile, saved listings, notes and settings stay in the local file; the listings are the team&apos;s, copied to the local file so that they can be searched when the server cannot be reached. Passwords are never stored: put yours in ~/.pgpass. Takes effect when CareerPlanner starts next.</source>
        <translation>プロフィール、保存した案件、メモ、設定はローカルのファイルに残ります。案件はチームのもので、サーバーに接続できないときも検索できるようにローカルのファイルへコピーします。パスワードは保存しません。~/.pgpass に書いてください。次回の起動から有効になります。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>A host and a database are needed.</source>
        <translation>ホストとデータベース名が必要です。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected: schema version %1, %2 listings; this account %3.</source>
        <translation>接続しました: スキーマバージョン %1、案件 %2 件。このアカウントは%3。</translation>
    </message>
    <message>
        <source>may import, merge and delete</source>
        <translation>取り込み・統合・削除ができます</translation>
    </message>
    <message>
        <source>may search and read only</source>
        <translation>検索と閲覧のみできます</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>データベース名(&amp;N):</translation>
    </message>
    <message>
        <source>TLS m&amp;ode:</source>
        <translation>TLS モード(&amp;O):</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>The team database cannot be reached: the listings shown are the copy of %1, and cannot be changed until it is back.</source>
        <translation>チームデータベースに接続できません。表示している案件は %1 のコピーで、接続が戻るまで変更できません。</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>チームデータベースに接続しています…</translation>
    </message>
    <message>
        <source>Your account may search and read the team&apos;s listings; importing, pasting and deleting need the editor role.</source>
        <translation>このアカウントはチームの案件の検索と閲覧ができます。取り込み・貼り付け・削除には editor ロールが必要です。</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team database has schema version %1, newer than this CareerPlanner knows (%2). Update CareerPlanner; nothing was changed.</source>
        <translation>チームデータベースのスキーマバージョン %1 は、この CareerPlanner が知っているもの（%2）より新しいです。CareerPlanner を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Upgrading the team database to schema version %1 failed; nothing was changed: %2</source>
        <translation>チームデータベースをスキーマバージョン %1 に更新できませんでした。何も変更していません: %2</translation>
    </message>
    <message>
        <source>Creating the team database&apos;s roles failed: %1</source>
        <translation>チームデータベースのロールを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>TeamStatusIndicator</name>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Team database %1: copying the listings…</source>
        <translation>チームデータベース %1: 案件をコピーしています…</translation>
    </message>
    <message>
        <source>Team database %1, copied %2</source>
        <translation>チームデータベース %1（%2 にコピー）</translation>
    </message>
    <message>
        <source>Team database %1 (read only), copied %2</source>
        <translation>チームデータベース %1（閲覧のみ、%2 にコピー）</translation>
    </message>
    <message>
        <source>The listings are copied from the team database every %1 minutes and after every change made here.</source>
        <translation>案件は %1 分ごとと、ここで変更したあとにチームデータベースからコピーします。</translation>
    </message>
    <message>
        <source>Team database unreachable: no copy of its listings yet</source>
        <translation>チームデータベースに接続できません（案件のコピーはまだありません）</translation>
    </message>
    <message>
        <source>Team database unreachable: the copy of %1, read only</source>
        <translation>チームデータベースに接続できません: %1 のコピーを閲覧のみで表示</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>Password of %1 for %2 (used until CareerPlanner closes, never stored; ~/.pgpass keeps it for you):</source>
        <translation>%2 の %1 のパスワード（CareerPlanner を閉じるまで使い、保存はしません。保存するには ~/.pgpass に書いてください）:</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>あなたのログイン</translation>
    </message>
    <message>
        <source>Team database: a password is needed</source>
        <translation>チームデータベース: パスワードが必要です</translation>
    </message>
</context>
<context>
    <name>TextIndexReader</name>
    <message>
        <source>The text index is kept in SQLite databases only.</source>
        <translation>テキスト索引は SQLite データベースにのみあります。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The text index could not be read: %1</source>
        <translation>テキスト索引を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>UnreadRequirementsDialog</name>
    <message>
        <source>Requirements the catalogue cannot read</source>
        <translation>カタログで読み取れない必要スキル</translation>
    </message>
    <message>
        <source>Your listings ask for these, but no catalogue skill names them, so a listing&apos;s fit counts them as unknown. Choose one, shorten it to the name that matters if you like, and say which skill it is: the name is kept and every listing is read again.</source>
        <translation>案件がこれらを求めていますが、どのカタログスキルにも当てはまらないため、適合度では「判定できない」として扱われます。1つ選び、必要なら肝心の名前だけに短くして、どのスキルかを指定してください。名前は保存され、すべての案件が読み直されます。</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>必要スキル</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>&amp;Name to read:</source>
        <translation>読み取る名前(&amp;N):</translation>
    </message>
    <message>
        <source>As &amp;skill:</source>
        <translation>スキル(&amp;S):</translation>
    </message>
    <message>
        <source>Name to read</source>
        <translation>読み取る名前</translation>
    </message>
    <message>
        <source>As skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>&amp;Read as this skill</source>
        <translation>このスキルとして読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Every requirement of your listings names a catalogue skill.</source>
        <translation>案件の必要スキルはすべてカタログのスキルとして読み取れています。</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>登録できませんでした: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as %2 from now on; %3 requirements of your listings now name it.</source>
        <translation>今後 &quot;%1&quot; は %2 として読み取ります。案件の必要スキル %3件 がこのスキルになりました。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to CareerPlanner</source>
        <translation>CareerPlannerへようこそ</translation>
    </message>
    <message>
        <source>A few answers are enough for a first estimate of what your skills earn as an employee, a freelancer, a dispatched or a part-time worker, and of which step raises it most. You can add the rest of your profile later.</source>
        <translation>いくつかの質問に答えるだけで、あなたのスキルが正社員・フリーランス・派遣・アルバイトでどれくらいの収入になるか、どのステップで最も収入が上がるかの最初の見積もりが出ます。プロフィールの残りは後から追加できます。</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>年齢(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>職種(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Employment now:</source>
        <translation>現在の雇用形態(&amp;E):</translation>
    </message>
    <message>
        <source>Annual &amp;income:</source>
        <translation>年収(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Years in IT:</source>
        <translation>IT業界の経験年数(&amp;Y):</translation>
    </message>
    <message>
        <source>e.g. Java, AWS, PostgreSQL</source>
        <translation>例: Java、AWS、PostgreSQL</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Years of the skill</source>
        <translation>スキルの経験年数</translation>
    </message>
    <message>
        <source> years old</source>
        <translation> 歳</translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, nothing is sent.</source>
        <translation>データはすべてこのコンピューターの中に保存されます。アカウントは不要で、何も送信されません。</translation>
    </message>
    <message>
        <source>Show my results</source>
        <translation>結果を見る</translation>
    </message>
    <message>
        <source>Import a profile file…</source>
        <translation>プロフィールファイルをインポート…</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>あとで入力する</translation>
    </message>
    <message>
        <source>Main &amp;skills:</source>
        <translation>主なスキル(&amp;S):</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>%1 is already open in another CareerPlanner window (process %2). Switch to that window, or close it first.</source>
        <translation>%1 は別の CareerPlanner ウィンドウ(プロセス %2)ですでに開いています。そのウィンドウに切り替えるか、先に閉じてください。</translation>
    </message>
    <message>
        <source>%1 is already open in another CareerPlanner window. Switch to that window, or close it first.</source>
        <translation>%1 は別の CareerPlanner ウィンドウですでに開いています。そのウィンドウに切り替えるか、先に閉じてください。</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
</context>
</TS>
