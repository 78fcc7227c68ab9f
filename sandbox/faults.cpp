#include "sandbox/faults.h"

#include <QStringList>

namespace Sandbox {

namespace {

bool readProbability(const QString &text, double *probability)
{
    bool ok = false;
    *probability = text.toDouble(&ok);
    return ok && *probability >= 0.0 && *probability <= 1.0;
}

} // namespace

std::optional<Faults> Faults::parse(const QString &spec, QString *error)
{
    Faults faults;
    double sum = 0;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        Rule rule{Kind::None, 0, 0};
        bool ok = true;
        if (name == QLatin1String("only")) {
            if (value != QLatin1String("changes")) {
                *error = QStringLiteral("fault \"%1\": expected only=changes").arg(item);
                return std::nullopt;
            }
            faults.m_changesOnly = true;
            continue;
        }
        if (name == QLatin1String("reset") || name == QLatin1String("drop-after-apply")) {
            rule.kind = name == QLatin1String("reset") ? Kind::Reset : Kind::DropAfterApply;
            ok = readProbability(value, &rule.probability);
        } else if (name == QLatin1String("status") || name == QLatin1String("delay")) {
            rule.kind = name == QLatin1String("status") ? Kind::Status : Kind::Delay;
            bool numberOk = false;
            rule.value = value.section(QLatin1Char(':'), 0, 0).toInt(&numberOk);
            ok = numberOk && readProbability(value.section(QLatin1Char(':'), 1), &rule.probability)
                 && (rule.kind == Kind::Status ? rule.value >= 100 && rule.value <= 599 : rule.value >= 0 && rule.value <= 600000);
        } else {
            *error = QStringLiteral("unknown fault \"%1\" (status, reset, drop-after-apply, delay, only)").arg(name);
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("fault \"%1\": expected %2").arg(item, rule.kind == Kind::Status ? QStringLiteral("status=CODE:PROBABILITY")
                                                                     : rule.kind == Kind::Delay    ? QStringLiteral("delay=MS:PROBABILITY")
                                                                                                   : name + QStringLiteral("=PROBABILITY"));
            return std::nullopt;
        }
        sum += rule.probability;
        faults.m_rules.append(rule);
    }
    if (sum > 1.0 + 1e-9) {
        *error = QStringLiteral("the fault probabilities add up to %1, more than 1").arg(sum);
        return std::nullopt;
    }
    return faults;
}

Faults::Decision Faults::next(const QByteArray &method)
{
    if (m_rules.isEmpty() || (m_changesOnly && (method == "GET" || method == "HEAD")))
        return {};
    const double draw = m_random.generateDouble();
    double upTo = 0;
    for (const Rule &rule : std::as_const(m_rules)) {
        upTo += rule.probability;
        if (draw < upTo)
            return {rule.kind, rule.value};
    }
    return {};
}

} // namespace Sandbox
