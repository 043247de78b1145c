// The listings the benchmarks work on: Japanese titles, work content and required skills of
// realistic length and mix, rates in the forms listings write them. Fixed seed: every run and
// every benchmark sees the same listings.
#include "ListingGenerator.h"

#include "core/RateParser.h"

#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString pick(QRandomGenerator &random, const QStringList &words)
{
    return words.at(random.bounded(int(words.size())));
}

// Repeats weight the choice: Java and AWS appear in far more listings than Scala or Kafka.
const QStringList languages{u"Java"_s,          u"Java"_s,       u"Java"_s,
                            u"Python"_s,        u"Python"_s,     u"Go"_s,
                            u"PHP"_s,           u"Ruby"_s,       u"TypeScript"_s,
                            u"TypeScript"_s,    u"JavaScript"_s, u"C#"_s,
                            u"Kotlin"_s,        u"Swift"_s,      u"Scala"_s,
                            u"React"_s,         u"Vue.js"_s,     u"Node.js"_s,
                            u"Spring Boot"_s,   u"Django"_s,     u"Laravel"_s,
                            u"Ruby on Rails"_s, u"Next.js"_s};
const QStringList platforms{u"AWS"_s,   u"AWS"_s,        u"AWS"_s,           u"Google Cloud"_s,
                            u"Azure"_s, u"Docker"_s,     u"Kubernetes"_s,    u"Terraform"_s,
                            u"Linux"_s, u"PostgreSQL"_s, u"MySQL"_s,         u"Oracle Database"_s,
                            u"Redis"_s, u"MongoDB"_s,    u"Elasticsearch"_s, u"Kafka"_s};
const QStringList domains{u"大手金融機関"_s,     u"ネット銀行"_s,     u"ECサイト"_s,
                          u"物流企業"_s,         u"損害保険会社"_s,   u"通信キャリア"_s,
                          u"官公庁"_s,           u"医療法人"_s,       u"自動車メーカー"_s,
                          u"小売チェーン"_s,     u"ゲーム会社"_s,     u"広告配信事業者"_s,
                          u"人材サービス"_s,     u"不動産ポータル"_s, u"SaaS企業"_s,
                          u"動画配信サービス"_s, u"旅行予約サイト"_s, u"電力会社"_s};
const QStringList systems{
    u"決済基盤"_s,           u"基幹システム"_s,   u"会員管理システム"_s, u"在庫管理システム"_s,
    u"顧客管理システム"_s,   u"データ分析基盤"_s, u"勤怠管理システム"_s, u"予約システム"_s,
    u"ポイント基盤"_s,       u"API基盤"_s,        u"社内ポータル"_s,     u"受発注システム"_s,
    u"レコメンドエンジン"_s, u"認証基盤"_s};
const QStringList phases{
    u"新規開発"_s,           u"追加開発"_s, u"リプレイス"_s, u"運用保守"_s, u"クラウド移行"_s,
    u"マイクロサービス化"_s, u"性能改善"_s, u"保守開発"_s,   u"基盤構築"_s, u"運用改善"_s};
const QStringList roles{u"バックエンドエンジニア"_s,
                        u"フロントエンドエンジニア"_s,
                        u"インフラエンジニア"_s,
                        u"SRE"_s,
                        u"PM"_s,
                        u"PMO"_s,
                        u"データエンジニア"_s,
                        u"テストエンジニア"_s,
                        u"フルスタックエンジニア"_s,
                        u"テックリード"_s,
                        u"PL"_s};

QString title(QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0:
        return u"%1向け%2の%3（%4）"_s.arg(pick(random, domains), pick(random, systems),
                                           pick(random, phases), pick(random, languages));
    case 1:
        return u"【%1】%2%3／%4"_s.arg(
            pick(random, {u"フルリモート"_s, u"週1出社"_s, u"リモート可"_s, u"常駐"_s}),
            pick(random, systems), pick(random, phases), pick(random, roles));
    case 2:
        return u"%1エンジニア｜%2の%3%4"_s.arg(pick(random, languages), pick(random, domains),
                                               pick(random, systems), pick(random, phases));
    default:
        return u"%1%2における%3募集（%4/%5）"_s.arg(pick(random, domains), pick(random, systems),
                                                    pick(random, roles), pick(random, languages),
                                                    pick(random, platforms));
    }
}

QString workContent(QRandomGenerator &random)
{
    const QStringList sentences{
        u"%1の%2をご担当いただきます。"_s.arg(pick(random, systems), pick(random, phases)),
        u"%1を用いたAPIの設計・実装と、単体テスト・結合テストを行っていただきます。"_s.arg(
            pick(random, languages)),
        u"%1上のインフラ構築・運用、監視設定および障害対応をお任せします。"_s.arg(
            pick(random, platforms)),
        u"要件定義・基本設計から実装、リリース後の運用保守まで一貫して携わっていただきます。"_s,
        u"既存システムの保守・運用を行いながら、段階的なリファクタリングを進めていただきます。"_s,
        u"チームは%1名体制で、スクラムによるアジャイル開発を行っています。"_s.arg(
            3 + random.bounded(12)),
        u"%1の担当者と仕様を調整し、%2として開発をリードしていただきます。"_s.arg(
            pick(random, domains), pick(random, roles)),
        u"バッチ処理の性能改善やSQLチューニングもご担当いただく予定です。"_s,
        u"CI/CDパイプライン（GitHub Actions）の整備、コードレビューにもご参加いただきます。"_s};
    // The first sentence says what the work is; one to three others follow in a fixed order.
    QString text = sentences.at(0);
    const int extra = 1 + random.bounded(3);
    int from = 1;
    for (int i = 0; i < extra; ++i) {
        from += random.bounded(int(sentences.size()) - from - (extra - i) + 1);
        text += sentences.at(from++);
    }
    return text;
}

QString skillsText(QRandomGenerator &random)
{
    const QStringList items{
        u"%1での開発経験(%2年以上)"_s.arg(pick(random, languages)).arg(1 + random.bounded(5)),
        u"%1の利用経験"_s.arg(pick(random, platforms)),
        u"%1を用いた設計・構築経験(%2年以上)"_s.arg(pick(random, platforms))
            .arg(1 + random.bounded(3)),
        u"SQLを用いたデータベース設計経験"_s,
        u"要件定義の経験"_s,
        u"チームリーダー経験"_s,
        u"Linuxサーバーの運用経験"_s,
        u"Gitを用いたチーム開発経験"_s,
        u"%1によるWebアプリケーション開発経験"_s.arg(pick(random, languages))};
    QStringList chosen{items.at(0)};
    const int extra = 1 + random.bounded(3);
    for (int i = 0; i < extra; ++i) {
        const QString &item = items.at(1 + random.bounded(int(items.size()) - 1));
        if (!chosen.contains(item))
            chosen.append(item);
    }
    return chosen.join(u"、"_s);
}

// The wordings agencies use: ranges, 〜 with only an upper or lower bound, a remark after
// the figures, hourly rates (時給) and no figure at all (応相談).
QString rateText(QRandomGenerator &random, const QString &contract)
{
    const int low = 40 + 5 * random.bounded(17);
    const int high = low + 5 * (1 + random.bounded(6));
    const int hourly = 2000 + 250 * random.bounded(17);
    if (contract == u"派遣"_s && random.bounded(10) < 8) {
        if (random.bounded(2))
            return u"時給%1円"_s.arg(QLocale(QLocale::English).toString(hourly));
        return u"時給%1円〜%2円"_s.arg(hourly).arg(hourly + 500);
    }
    const int kind = random.bounded(100);
    if (kind < 38)
        return u"%1〜%2万円"_s.arg(low).arg(high);
    if (kind < 55)
        return u"%1万円"_s.arg(low);
    if (kind < 67)
        return u"〜%1万円"_s.arg(high);
    if (kind < 77)
        return u"%1万円〜"_s.arg(low);
    if (kind < 85)
        return u"%1〜%2万円（スキル見合い）"_s.arg(low).arg(high);
    if (kind < 89)
        return u"時給%1円"_s.arg(QLocale(QLocale::English).toString(hourly));
    return u"応相談"_s;
}

// The same listings every run (fixed seed). Figures come from parsing the wording, so the
// CSV carries exactly what the import will read back.
} // namespace

QList<Listing> ListingGenerator::generate(int count, QString *error)
{
    QRandomGenerator random(20261127);
    QList<Listing> listings;
    listings.reserve(count);
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.title = title(random);
        const int contract = random.bounded(100);
        listing.contract = contract < 60 ? u"業務委託"_s : contract < 85 ? u"正社員"_s : u"派遣"_s;
        listing.rateText = rateText(random, listing.contract);
        const ParsedRate rate = RateParser::parse(listing.rateText);
        if (!rate.error.isEmpty()) {
            *error = listing.rateText + u": "_s + rate.error;
            return {};
        }
        RateParser::applyTo(rate, listing);
        listing.positions = pick(random, roles);
        listing.duration = pick(
            random, {u"長期"_s, u"即日〜長期"_s, u"3ヶ月〜"_s, u"6ヶ月〜"_s, u"短期（1ヶ月）"_s});
        listing.workContent = workContent(random);
        listing.skillsText = skillsText(random);
        listing.location = pick(random, {u"東京都港区"_s, u"東京都渋谷区"_s, u"東京都千代田区"_s,
                                         u"大阪府大阪市"_s, u"福岡県福岡市"_s, u"愛知県名古屋市"_s,
                                         u"神奈川県横浜市"_s});
        listing.remote = pick(random, {u"フルリモート"_s, u"一部リモート（週2出社）"_s,
                                       u"リモート可（初月出社）"_s, u"常駐"_s});
        listing.url = u"https://example.invalid/jobs/%1"_s.arg(i + 1);
        if (random.bounded(10) < 3)
            listing.notes = pick(random, {u"面談1回"_s, u"外国籍可"_s, u"40代活躍中"_s,
                                          u"服装自由"_s, u"稼働140〜180h"_s});
        // The listing number keeps the duplicate key (title, rate, source) unique: all
        // 100,000 listings are new to the import, none is skipped.
        listing.source =
            u"%1 No.%2"_s
                .arg(pick(random, {u"エージェントA"_s, u"エージェントB"_s, u"エージェントC"_s}))
                .arg(i + 1);
        listings.append(listing);
    }
    return listings;
}
