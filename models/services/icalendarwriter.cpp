#include "icalendarwriter.h"

#include <libical/ical.h>
#include <memory>

namespace sitrep {

namespace {

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

} // namespace

QByteArray IcalendarWriter::write(const QString &calendarName, const QList<CalendarEvent> &events,
                                  qint64 stampMs)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Sitrep//On-call schedules//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);

    for (const CalendarEvent &event : events) {
        icalcomponent *vevent = icalcomponent_new_vevent();
        icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.toUtf8().constData()));
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(stampMs)));
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(event.startMs)));
        icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(event.endMs)));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_summary(event.summary.toUtf8().constData()));
        if (!event.description.isEmpty())
            icalcomponent_add_property(
                    vevent, icalproperty_new_description(event.description.toUtf8().constData()));
        icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_status(event.cancelled
                                                                   ? ICAL_STATUS_CANCELLED
                                                                   : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), vevent);
    }
    // libical owns the returned buffer (a ring of temporary strings).
    return QByteArray(icalcomponent_as_ical_string(calendar.get()));
}

} // namespace sitrep
