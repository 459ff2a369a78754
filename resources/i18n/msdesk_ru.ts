<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>core.capabilities</name>
        <message>
            <source>{model} does not reason before answering.</source>
            <extracomment>The capabilities a user can set per model (the others follow the task). ModelScope library task names that mean one of the table's tasks.</extracomment>
            <translation>{model} не рассуждает перед ответом.</translation>
        </message>
        <message>
            <source>{model} reasons on its own; it takes no switch to turn reasoning off.</source>
            <translation>{model} рассуждает всегда: отключить рассуждение нельзя.</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>Модель рассуждает перед ответом (enable_thinking). Без этого ответ быстрее.</translation>
        </message>
    </context>
    <context>
        <name>core.chat</name>
        <message>
            <source>queued</source>
            <translation>в очереди</translation>
        </message>
        <message>
            <source>running</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>'{model}' is not a ModelScope model ID (owner/name).</source>
            <extracomment>The event loop gets a turn at least this often while an answer is read (``ChatService.read``). Below this many seconds a tokens-per-second figure is noise, not a rate. Pieces of text received: the count of tokens when the server sends no usage. Why another token or provider answered (``Answerer.failover_record``), kept in the usage. What went wrong (``MsdeskError.kind``), kept in the usage beside the saved message: the window decides its actions from it in any language (``msdesk.core.errors.advise``).</extracomment>
            <translation>«{model}» — не ID модели ModelScope (owner/name).</translation>
        </message>
        <message>
            <source>'{model}' is a {task} model, not a chat model. Pick a chat model: {command}</source>
            <translation>«{model}» — модель типа {task}, а не чат-модель. Выберите чат-модель: {command}</translation>
        </message>
        <message>
            <source>No model is chosen for this chat. Pick one in the model menu, then press Retry.</source>
            <translation>Для этого чата не выбрана модель. Выберите её в меню моделей и нажмите «Повторить».</translation>
        </message>
        <message>
            <source>Something went wrong inside msdesk ({error}). Try again; if it keeps happening, report it with the log file.</source>
            <translation>Внутренняя ошибка msdesk ({error}). Повторите попытку; если ошибка повторяется, сообщите о ней и приложите файл журнала.</translation>
        </message>
        <message>
            <source>Describe the image you want in the message, then send it.</source>
            <translation>Опишите в сообщении нужное изображение и отправьте его.</translation>
        </message>
        <message>
            <source>Generating image… ({state}, {seconds} s)</source>
            <translation>Создание изображения… ({state}, {seconds} с)</translation>
        </message>
        <message>
            <source>Generating image… (submitting)</source>
            <translation>Создание изображения… (отправка)</translation>
        </message>
        <message>
            <source>Downloading the image…</source>
            <translation>Загрузка изображения…</translation>
        </message>
        <message>
            <source>the image host</source>
            <translation>сервер изображений</translation>
        </message>
        <message>
            <source>The generated image is larger than {size} MB and was not saved. Try a smaller image size.</source>
            <translation>Созданное изображение больше {size} МБ и не сохранено. Попробуйте размер поменьше.</translation>
        </message>
        <message>
            <source>The generated image could not be downloaded from {host} (HTTP {status}). Try again.</source>
            <translation>Не удалось скачать созданное изображение с {host} (HTTP {status}). Повторите попытку.</translation>
        </message>
        <message>
            <source>{host} sent something that is not an image ({type}). Try again.</source>
            <translation>{host} прислал не изображение ({type}). Повторите попытку.</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>тип не указан</translation>
        </message>
    </context>
    <context>
        <name>core.credits</name>
        <message>
            <source>{available} of {total} credits left</source>
            <translation>осталось кредитов: {available} из {total}</translation>
        </message>
        <message>
            <source>{available} credits left</source>
            <translation>осталось кредитов: {available}</translation>
        </message>
        <message>
            <source>a call of {model} is in cost tier {tier}</source>
            <translation>вызов {model} относится к тарифной категории {tier}</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits (tier {tier})</source>
            <translation>вызов {model} стоит {cost} кредита (категория {tier})</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits</source>
            <translation>вызов {model} стоит {cost} кредита</translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s) (tier {tier})</source>
            <translation>
                <numerusform>вызов {model} стоит %n кредит (категория {tier})</numerusform>
                <numerusform>вызов {model} стоит %n кредита (категория {tier})</numerusform>
                <numerusform>вызов {model} стоит %n кредитов (категория {tier})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s)</source>
            <translation>
                <numerusform>вызов {model} стоит %n кредит</numerusform>
                <numerusform>вызов {model} стоит %n кредита</numerusform>
                <numerusform>вызов {model} стоит %n кредитов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.errors</name>
        <message>
            <source>the provider</source>
            <extracomment>Not an ``MsdeskError``: a bug inside msdesk (saved with the answer it ended). What went wrong (a ``KIND_*``); an instance may say more precisely. The server said ``QuotaLimitExceed`` (a credit balance, reported but unconfirmed). The error code reported for a spent credit balance (unconfirmed); handled like a 429.</extracomment>
            <translation>сервис</translation>
        </message>
        <message>
            <source>Request limit exceeded: the free quota ({code}) of this token or of this model is spent.</source>
            <translation>Превышен лимит запросов: бесплатная квота ({code}) этого токена или этой модели исчерпана.</translation>
        </message>
        <message>
            <source>Request limit exceeded: the daily quota of this token or of this model is spent.</source>
            <translation>Превышен лимит запросов: дневная квота этого токена или этой модели исчерпана.</translation>
        </message>
        <message>
            <source>It resets {when}.</source>
            <translation>Квота восстановится {when}.</translation>
        </message>
        <message>
            <source>It resets at 00:00 UTC+8.</source>
            <translation>Квота восстановится в 00:00 UTC+8.</translation>
        </message>
        <message>
            <source>Use a backup token or another provider meanwhile.</source>
            <translation>А пока используйте резервный токен или другой сервис.</translation>
        </message>
        <message>
            <source>Your ModelScope account is not bound to an Alibaba Cloud account; bind one, then try again: {url}</source>
            <translation>Ваш аккаунт ModelScope не привязан к аккаунту Alibaba Cloud; привяжите его и повторите попытку: {url}</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}) ({provider} said: {said}).</source>
            <translation>Токен отклонён (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}).</source>
            <translation>Токен отклонён (HTTP {status}).</translation>
        </message>
        <message>
            <source>Check that it was copied whole and that your ModelScope account is bound to an Alibaba Cloud account, or create a new token and store it: {url}</source>
            <translation>Проверьте, что токен скопирован целиком и что аккаунт ModelScope привязан к аккаунту Alibaba Cloud, или создайте новый токен и сохраните его: {url}</translation>
        </message>
        <message>
            <source>'{model}' is not served by API-Inference.</source>
            <translation>API-Inference не обслуживает «{model}».</translation>
        </message>
        <message>
            <source>This model is not served by API-Inference.</source>
            <translation>API-Inference не обслуживает эту модель.</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider} ({provider} said: {said}).</source>
            <translation>«{model}» не найдена в {provider} (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider}.</source>
            <translation>«{model}» не найдена в {provider}.</translation>
        </message>
        <message>
            <source>Check the model ID.</source>
            <translation>Проверьте ID модели.</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider}: запрос отклонён (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}).</source>
            <translation>{provider}: запрос отклонён (HTTP {status}).</translation>
        </message>
        <message>
            <source>Check the model ID and the chat parameters, then try again.</source>
            <translation>Проверьте ID модели и параметры чата и повторите попытку.</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider}: ошибка сервера (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}).</source>
            <translation>{provider}: ошибка сервера (HTTP {status}).</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>Повторите попытку через минуту.</translation>
        </message>
        <message>
            <source>Pick a model with the API-Inference filter ({command}) and try again.</source>
            <translation>Выберите модель с фильтром API-Inference ({command}) и повторите попытку.</translation>
        </message>
        <message>
            <source>unknown type</source>
            <translation>неизвестный тип</translation>
        </message>
        <message>
            <source>{what} sent a malformed answer (not JSON; {type}).</source>
            <translation>{what}: ответ в неверном формате (не JSON; {type}).</translation>
        </message>
        <message>
            <source>The address of {what} is not a valid http(s) URL ({reason}). Fix the API host in settings (or MSDESK_API_BASE / MSDESK_HUB_BASE).</source>
            <translation>{what}: адрес не является допустимым http(s) URL ({reason}). Исправьте адрес API в настройках (или MSDESK_API_BASE / MSDESK_HUB_BASE).</translation>
        </message>
        <message>
            <source>Could not reach {what}: connecting timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время подключения. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: no answer arrived in time. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — ответ не пришёл вовремя. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: sending timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время отправки. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: too many requests in flight. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — слишком много одновременных запросов. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: the request timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время запроса. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not connect to {what} ({reason}). Check your connection, proxy and the API host in settings.</source>
            <translation>{what}: не удалось подключиться ({reason}). Проверьте подключение, прокси и адрес API в настройках.</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>{what}: соединение закрылось до конца ответа. Полученное сохранено; повторите попытку, чтобы получить остальное.</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. Try again.</source>
            <translation>{what}: соединение закрылось до конца ответа. Повторите попытку.</translation>
        </message>
        <message>
            <source>Network error talking to {what}: {reason}. Try again.</source>
            <translation>{what}: сетевая ошибка: {reason}. Повторите попытку.</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <extracomment>Open Settings at a provider's tokens (target: the provider id). Open Settings at a provider (its API host, its models; target: the provider id). Browse the models API-Inference serves (the Models page). Open a web page (target: its URL). Retry as it is can succeed (a network error, a server error, a binding just made). Retry can succeed only once a token of the provider changes (none stored, rejected, spent). Retry can succeed only once the provider's settings change (an API host that is no URL). Retry cannot succeed: the same request gets the same answer (a model that is not served). Kinds whose retry waits for a token to change, for the provider's settings, or never comes.</extracomment>
            <translation>Добавить токен…</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>Получить токен ↗</translation>
        </message>
        <message>
            <source>Bind an account ↗</source>
            <translation>Привязать аккаунт ↗</translation>
        </message>
        <message>
            <source>Check the token…</source>
            <translation>Проверить токен…</translation>
        </message>
        <message>
            <source>Create a token ↗</source>
            <translation>Создать токен ↗</translation>
        </message>
        <message>
            <source>Add a backup token…</source>
            <translation>Добавить резервный токен…</translation>
        </message>
        <message>
            <source>Pick another model above, or browse the models API-Inference serves.</source>
            <translation>Выберите другую модель выше или посмотрите модели, которые обслуживает API-Inference.</translation>
        </message>
        <message>
            <source>Browse models</source>
            <translation>Обзор моделей</translation>
        </message>
        <message>
            <source>Open the provider's settings…</source>
            <translation>Настройки сервиса…</translation>
        </message>
        <message>
            <source>Open the link ↗</source>
            <translation>Открыть ссылку ↗</translation>
        </message>
        <message>
            <source>Pick a model the Models page shows as served by API-Inference.</source>
            <translation>Выберите модель, которую страница «Модели» показывает как обслуживаемую API-Inference.</translation>
        </message>
    </context>
    <context>
        <name>core.failover</name>
        <message>
            <source>Token {tokens} is over its request limit for now</source>
            <extracomment>(label, reason) of the tokens passed over before this one answered: "spent", "spent for the model" or "limited" (for the fallback: the asked provider's tokens)</extracomment>
            <translation>Токен {tokens} временно превысил лимит запросов</translation>
        </message>
        <message>
            <source>Tokens {tokens} are over their request limits for now</source>
            <translation>Токены {tokens} временно превысили лимиты запросов</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today for {model}</source>
            <translation>У токена {tokens} на сегодня не осталось вызовов {model}</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today for {model}</source>
            <translation>У токенов {tokens} на сегодня не осталось вызовов {model}</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today</source>
            <translation>У токена {tokens} на сегодня не осталось вызовов</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today</source>
            <translation>У токенов {tokens} на сегодня не осталось вызовов</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons of a switch</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{reasons}; answering with "{token}".</source>
            <translation>{reasons}; отвечает «{token}».</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>Request limit exceeded: the {provider} token {tokens} has no calls left for {model} right now.</source>
            <translation>Превышен лимит запросов: у токена {provider} {tokens} сейчас не осталось вызовов {model}.</translation>
        </message>
        <message>
            <source>Request limit exceeded: every {provider} token ({tokens}) has no calls left for {model} right now.</source>
            <translation>Превышен лимит запросов: ни у одного токена {provider} ({tokens}) сейчас не осталось вызовов {model}.</translation>
        </message>
        <message>
            <source>The daily quota resets {when}.</source>
            <translation>Дневная квота восстановится {when}.</translation>
        </message>
        <message>
            <source>Add another token, or choose a fallback provider and model in Settings, to go on meanwhile.</source>
            <translation>Чтобы продолжить сейчас, добавьте другой токен или выберите в настройках резервный сервис и модель.</translation>
        </message>
        <message>
            <source>{provider} answered with HTTP {status}</source>
            <translation>{provider} ответил HTTP {status}</translation>
        </message>
        <message>
            <source>{provider} did not start answering within {seconds} s. Try again, or raise the first-byte timeout in Settings.</source>
            <translation>{provider} не начал отвечать за {seconds} с. Повторите попытку или увеличьте в настройках тайм-аут первого байта.</translation>
        </message>
        <message>
            <source>{problem}; trying again in {seconds} s ({retry} of {retries}).</source>
            <translation>{problem}; повтор через {seconds} с ({retry} из {retries}).</translation>
        </message>
        <message>
            <source>The fallback provider '{provider}' is not configured ({problem}).</source>
            <translation>Резервный сервис «{provider}» не настроен ({problem}).</translation>
        </message>
        <message>
            <source>Every {provider} token has no calls left for {model}; the fallback {fallback} {fallback_model} failed too: {problem}</source>
            <translation>Ни у одного токена {provider} не осталось вызовов {model}; резервный вариант {fallback} {fallback_model} тоже не сработал: {problem}</translation>
        </message>
        <message>
            <source>The fallback {fallback} has no token stored: add one in Settings.</source>
            <translation>Для резервного сервиса {fallback} не сохранён токен: добавьте его в настройках.</translation>
        </message>
        <message>
            <source>The fallback {fallback} {fallback_model} has no calls left either.</source>
            <translation>У резервного варианта {fallback} {fallback_model} вызовов тоже не осталось.</translation>
        </message>
        <message>
            <source>All {provider} tokens are spent until 00:00 UTC+8; answering with {fallback} {fallback_model}.</source>
            <translation>Все токены {provider} исчерпаны до 00:00 UTC+8; отвечает {fallback} {fallback_model}.</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation type="unfinished">
                <numerusform>{names} и ещё %n</numerusform>
                <numerusform>{names} и ещё %n</numerusform>
                <numerusform>{names} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} и {last}</translation>
        </message>
    </context>
    <context>
        <name>core.inference</name>
        <message>
            <source>The provider sent a malformed piece of the answer (not JSON).</source>
            <extracomment>The longest line of an SSE stream (bytes): a longer one ends the answer with a BadResponse. The longest answer (characters of text and reasoning together) a stream may bring. How much of a malformed body goes to the log. Told (model, kind) when a call that costs quota was served ("chat", "embedding", "image").</extracomment>
            <translation>Сервис прислал часть ответа в неверном формате (не JSON).</translation>
        </message>
        <message>
            <source>The provider sent a piece of the answer that is not a JSON object.</source>
            <translation>Сервис прислал часть ответа, которая не является объектом JSON.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose 'choices' is not a list.</source>
            <translation>В ответе сервиса поле «choices» не является списком.</translation>
        </message>
        <message>
            <source>The provider sent an answer with a choice that is not an object.</source>
            <translation>В ответе сервиса есть элемент choice, который не является объектом.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose message is not an object.</source>
            <translation>В ответе сервиса message не является объектом.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose text is not a string.</source>
            <translation>В ответе сервиса текст не является строкой.</translation>
        </message>
        <message>
            <source>Try again; the raw answer is in the log.</source>
            <translation>Повторите попытку; исходный ответ записан в журнал.</translation>
        </message>
        <message>
            <source>{provider} answered without a choice of text.</source>
            <translation>{provider}: в ответе нет варианта с текстом.</translation>
        </message>
        <message>
            <source>{provider} answered without a message.</source>
            <translation>{provider}: в ответе нет сообщения.</translation>
        </message>
        <message>
            <source>{provider} answered with a message that has no text.</source>
            <translation>{provider}: в сообщении ответа нет текста.</translation>
        </message>
        <message>
            <source>{size} MiB</source>
            <translation>{size} МиБ</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} КиБ</translation>
        </message>
        <message>
            <source>{provider} sent a line of more than {size} in its stream: the answer was stopped there. What arrived before it is kept.</source>
            <translation>{provider} прислал в потоке строку длиннее {size}: ответ остановлен на ней. Полученное до неё сохранено.</translation>
        </message>
        <message>
            <source>The token for {provider} contains characters that cannot be sent (a stray quote or space from copying?). Copy it again and store it anew.</source>
            <extracomment>Calls the server answered (HTTP 2xx) through this client: after one, nothing is re-sent.</extracomment>
            <translation>Токен для {provider} содержит символы, которые нельзя отправить (лишняя кавычка или пробел при копировании?). Скопируйте его заново и сохраните снова.</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings (get it at {url}).</source>
            <translation>Для {provider} не сохранён токен. Добавьте его командой «{command}» или в настройках (получить: {url}).</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings.</source>
            <translation>Для {provider} не сохранён токен. Добавьте его командой «{command}» или в настройках.</translation>
        </message>
        <message>
            <source>Check the API host in settings, or try again later.</source>
            <translation>Проверьте адрес API в настройках или повторите попытку позже.</translation>
        </message>
        <message>
            <source>{provider} did not stream an answer ({type}).</source>
            <translation>{provider} не передал ответ потоком ({type}).</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>тип не указан</translation>
        </message>
        <message>
            <source>{provider} sent an answer longer than {count} Mi characters: it was stopped there. What arrived before is kept.</source>
            <translation>{provider} прислал ответ длиннее {count} млн символов: он остановлен на этом месте. Полученное до того сохранено.</translation>
        </message>
        <message>
            <source>{provider} ended its stream without any answer. Try again.</source>
            <translation>{provider} завершил поток без ответа. Повторите попытку.</translation>
        </message>
        <message>
            <source>The connection to {provider} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>{provider}: соединение закрылось до конца ответа. Полученное сохранено; повторите попытку, чтобы получить остальное.</translation>
        </message>
        <message>
            <source>{provider} answered /models without a model list.</source>
            <translation>{provider}: ответ на /models не содержит списка моделей.</translation>
        </message>
        <message>
            <source>{provider} answered without embeddings.</source>
            <translation>{provider}: в ответе нет эмбеддингов.</translation>
        </message>
        <message>
            <source>{provider} sent an embedding that is not a list of numbers.</source>
            <translation>{provider} прислал эмбеддинг, который не является списком чисел.</translation>
        </message>
        <message>
            <source>{provider} did not return a task id for the image.</source>
            <translation>{provider} не вернул ID задачи для изображения.</translation>
        </message>
        <message>
            <source>{provider} answered the task poll with no object.</source>
            <translation>{provider}: ответ на запрос о задаче не является объектом.</translation>
        </message>
        <message>
            <source>The image task succeeded but returned no image.</source>
            <translation>Задача изображения выполнена, но изображение не получено.</translation>
        </message>
        <message>
            <source>The image task failed: {reason}. Try another prompt or model.</source>
            <translation>Задача изображения не выполнена: {reason}. Попробуйте другой запрос или модель.</translation>
        </message>
        <message>
            <source>The image task failed. Try another prompt or model.</source>
            <translation>Задача изображения не выполнена. Попробуйте другой запрос или модель.</translation>
        </message>
        <message>
            <source>The image was not ready after {seconds} s. Try again later.</source>
            <translation>Изображение не готово и через {seconds} с. Повторите попытку позже.</translation>
        </message>
    </context>
    <context>
        <name>core.quota</name>
        <message numerus="yes">
            <source>The usage file was damaged ({problem}); it was kept as {file} and the %n call(s) that could still be read were kept.</source>
            <extracomment>What opening the file had to say (a damaged file kept aside), for the user. (provider, fingerprint, model or None for every model) -&gt; spent until provider -&gt; the label of the token that last brought figures or made a call</extracomment>
            <translation>
                <numerusform>Файл статистики был повреждён ({problem}); он сохранён как {file}, сохранён %n вызов, который ещё удалось прочитать.</numerusform>
                <numerusform>Файл статистики был повреждён ({problem}); он сохранён как {file}, сохранены %n вызова, которые ещё удалось прочитать.</numerusform>
                <numerusform>Файл статистики был повреждён ({problem}); он сохранён как {file}, сохранены %n вызовов, которые ещё удалось прочитать.</numerusform>
            </translation>
        </message>
        <message>
            <source>The usage file was damaged ({problem}); it was kept as {file} and counting starts again.</source>
            <translation>Файл статистики был повреждён ({problem}); он сохранён как {file}, подсчёт начинается заново.</translation>
        </message>
        <message>
            <source>The usage file was written by a newer msdesk (layout {version}); it was kept as {file} and counting starts again.</source>
            <translation>Файл статистики записан более новой версией msdesk (формат {version}); он сохранён как {file}, подсчёт начинается заново.</translation>
        </message>
    </context>
    <context>
        <name>core.ratelimit</name>
        <message>
            <source>model {left} / {limit}</source>
            <translation>модель {left} / {limit}</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 (in {hours}h {minutes}m)</source>
            <translation>в 00:00 UTC+8 (через {hours} ч {minutes} мин)</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 ({time} your time, in {hours}h {minutes}m)</source>
            <translation>в 00:00 UTC+8 ({time} по вашему времени, через {hours} ч {minutes} мин)</translation>
        </message>
    </context>
</TS>
