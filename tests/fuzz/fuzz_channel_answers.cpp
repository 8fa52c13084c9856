// What chat, paging, status-page and mail servers answer a delivery, as each channel's judge
// reads it. The first two bytes are the HTTP status (or the SMTP reply code), the next up to
// the first NUL the Retry-After header, the rest the body.
#include "fuzzinput.h"
#include "sync/httpverdict.h"
#include "sync/mailclient.h"
#include "sync/pagerdutyapi.h"
#include "sync/slackwebapi.h"
#include "sync/statuspageapi.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int code = (data[0] << 8 | data[1]) % 1000;
    const auto [retryAfter, body] = fuzz::split(fuzz::bytes(data + 2, size - 2));
    HttpAnswer answer;
    answer.status = code;
    answer.body = body;
    answer.retryAfter = retryAfter;
    (void)HttpVerdict::judge(answer);
    (void)HttpVerdict::excerpt(body);
    (void)PagerDutyApi::judge(answer);
    (void)PagerDutyApi::acknowledgerIn(body);
    (void)SlackWebApi::judge(answer);
    (void)StatuspageApi::judge(answer);
    (void)MailClient::judge(MailAnswer {code % 100, code, QString::fromUtf8(body)});
    return 0;
}
