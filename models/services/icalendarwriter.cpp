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
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

Component calendar(icalproperty_method method)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Sitrep//Sitrep//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(method));
    return calendar;
}

icalcomponent *vevent(const CalendarEvent &event, qint64 stampMs, icalproperty_transp transp)
{
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
                               icalproperty_new_status(event.cancelled ? ICAL_STATUS_CANCELLED
                                                                       : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(vevent, icalproperty_new_transp(transp));
    return vevent;
}

QByteArray mailto(const QString &address)
{
    return QByteArrayLiteral("mailto:") + address.toUtf8();
}

} // namespace

QByteArray IcalendarWriter::write(const QString &calendarName, const QList<CalendarEvent> &events,
                                  qint64 stampMs)
{
    const Component published = calendar(ICAL_METHOD_PUBLISH);
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(published.get(), name);
    // Being on call does not make a person busy.
    for (const CalendarEvent &event : events)
        icalcomponent_add_component(published.get(),
                                    vevent(event, stampMs, ICAL_TRANSP_TRANSPARENT));
    // libical owns the returned buffer (a ring of temporary strings).
    return QByteArray(icalcomponent_as_ical_string(published.get()));
}

QByteArray IcalendarWriter::writeInvitation(const ReviewInvitation &invitation, qint64 stampMs)
{
    const Component request = calendar(ICAL_METHOD_REQUEST);
    icalcomponent *meeting = vevent(invitation.event, stampMs, ICAL_TRANSP_OPAQUE);
    if (!invitation.organizer.isEmpty())
        icalcomponent_add_property(
                meeting, icalproperty_new_organizer(mailto(invitation.organizer).constData()));
    for (const QString &address : invitation.attendees) {
        icalproperty *attendee = icalproperty_new_attendee(mailto(address).constData());
        icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
        icalcomponent_add_property(meeting, attendee);
    }
    icalcomponent_add_component(request.get(), meeting);
    return QByteArray(icalcomponent_as_ical_string(request.get()));
}

} // namespace sitrep
