#pragma once

// A small skill catalogue for the fuzz targets: enough names and aliases (Japanese and
// English) that requirement parsing takes its matching paths.
#include "core/SkillCatalogue.h"

#include <QString>

inline const SkillCatalogue &fuzzCatalogue()
{
    using namespace Qt::StringLiterals;
    static const SkillCatalogue catalogue({
        {u"java"_s, SkillCategory::Languages, u"Java"_s, u"Java"_s, {}, {}, 0},
        {u"go"_s, SkillCategory::Languages, u"Go"_s, u"Go"_s, {u"Go言語"_s, u"Golang"_s}, {}, 0},
        {u"aws"_s, SkillCategory::Cloud, u"AWS"_s, u"AWS"_s, {u"Amazon Web Services"_s}, {}, 0},
        {u"react"_s, SkillCategory::Frontend, u"React"_s, u"React"_s, {u"React.js"_s}, {}, 0},
        {u"pm"_s,
         SkillCategory::Management,
         u"Project Manager"_s,
         u"プロジェクトマネージャー"_s,
         {u"PM"_s},
         {},
         0},
        {u"requirements-definition"_s,
         SkillCategory::Upstream,
         u"Requirements Definition"_s,
         u"要件定義"_s,
         {},
         {},
         0},
    });
    return catalogue;
}
