#pragma once

class QLabel;

/// The few looks Mailroom's widgets share, kept in one place.
namespace UiStyle {

/// Makes `label` a bold heading, `scale` times the normal text size.
void setHeading(QLabel *label, double scale);
/// Shows `label`'s text in the error colour when `error`, in the normal colour otherwise.
void setError(QLabel *label, bool error = true);

} // namespace UiStyle
