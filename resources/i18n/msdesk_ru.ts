<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>core.i18n</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
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
        <name>ui.chat.composer</name>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Сообщение… (Enter — отправить, Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>Сообщение… (Ctrl+Enter — отправить, Enter — новая строка)</translation>
        </message>
        <message>
            <source>Editing your message: Enter sends it as a new version, Esc cancels.</source>
            <translation>Редактирование сообщения: Enter отправит его как новую версию, Esc — отмена.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Image…</source>
            <translation>Изображение…</translation>
        </message>
        <message>
            <source>Attach an image for a vision model</source>
            <translation>Прикрепить изображение для визуальной модели</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>Прикрепить изображение</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Отправить (Enter)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Stop the answer (Esc); what arrived is kept</source>
            <translation>Остановить ответ (Esc); полученная часть сохранится</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Отправить (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{name} is larger than {size} MB; choose a smaller image.</source>
            <translation>{name} больше {size} МБ; выберите изображение поменьше.</translation>
        </message>
        <message>
            <source>{name} is not an image msdesk can read (PNG, JPEG, WebP, GIF, BMP).</source>
            <translation>msdesk не может прочитать {name} как изображение (PNG, JPEG, WebP, GIF, BMP).</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Убрать {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.conversation_list</name>
        <message>
            <source>Search chats</source>
            <translation>Поиск чатов</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Поиск по чатам</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Начать новый чат (Ctrl+N)</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Чаты</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>Экспорт в Markdown…</translation>
        </message>
        <message>
            <source>no model</source>
            <translation>без модели</translation>
        </message>
        <message>
            <source>An answer is streaming in this chat</source>
            <translation>В этом чате идёт ответ</translation>
        </message>
        <message>
            <source>{title}, an answer is streaming</source>
            <translation>{title}, идёт ответ</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.markdown_stream</name>
        <message>
            <source>code</source>
            <extracomment>The link scheme of a code block's "Copy" link: ``msdesk-copy:&lt;n&gt;``, n counts code blocks. A code piece ends before an unindented line that follows a blank line once it has this many characters, before any unindented line at ``_PIECE_MID``, before any line at all at ``_PIECE_MAX`` (colouring restarts at each piece). A piece longer than this (one very long line) is shown plain. Line endings as markdown-it normalises them (before it parses). What may follow the last text of a tail for plain text to be appended to it: closing tags of elements that end with the document (not a table cell, whose table a block follows).</extracomment>
            <translation>код</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.message_widget</name>
        <message numerus="yes">
            <source>{prompt} prompt · %n completion tokens</source>
            <translation>
                <numerusform>{prompt} на входе · %n токен на выходе</numerusform>
                <numerusform>{prompt} на входе · %n токена на выходе</numerusform>
                <numerusform>{prompt} на входе · %n токенов на выходе</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completion tokens</source>
            <translation>
                <numerusform>%n токен на выходе</numerusform>
                <numerusform>%n токена на выходе</numerusform>
                <numerusform>%n токенов на выходе</numerusform>
            </translation>
        </message>
        <message>
            <source>first token {seconds} s</source>
            <translation>первый токен через {seconds} с</translation>
        </message>
        <message>
            <source>{rate} tokens/s</source>
            <translation>{rate} токенов/с</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} с</translation>
        </message>
        <message>
            <source>Another provider</source>
            <translation>Другой провайдер</translation>
        </message>
        <message>
            <source>{answered} answered after {provider}'s tokens were spent</source>
            <translation>Ответил {answered}: квота токенов {provider} исчерпана</translation>
        </message>
        <message>
            <source>token “{label}”</source>
            <translation>токен «{label}»</translation>
        </message>
        <message>
            <source>{provider}, token “{label}” after {passed_over}</source>
            <translation>{provider}, токен «{label}», так как {passed_over}</translation>
        </message>
        <message>
            <source>Token “{label}” after {passed_over}</source>
            <translation>Токен «{label}», так как {passed_over}</translation>
        </message>
        <message>
            <source>{provider}, token “{label}”</source>
            <translation>{provider}, токен «{label}»</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>без имени</translation>
        </message>
        <message>
            <source>token “{name}” was over its request limit</source>
            <translation>токен «{name}» превысил лимит запросов</translation>
        </message>
        <message>
            <source>token “{name}” was spent for this model</source>
            <translation>квота токена «{name}» для этой модели исчерпана</translation>
        </message>
        <message>
            <source>token “{name}” was spent</source>
            <translation>квота токена «{name}» исчерпана</translation>
        </message>
        <message>
            <source>tokens {names} were over their request limits</source>
            <translation>токены {names} превысили лимиты запросов</translation>
        </message>
        <message>
            <source>tokens {names} were spent for this model</source>
            <translation>квоты токенов {names} для этой модели исчерпаны</translation>
        </message>
        <message>
            <source>tokens {names} were spent</source>
            <translation>квоты токенов {names} исчерпаны</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <translation>{earlier}, а {later}</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <comment>a token's name in quotes</comment>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>Thinking</source>
            <extracomment>The reasoning box grows with its text up to this height, then scrolls.</extracomment>
            <translation>Рассуждения</translation>
        </message>
        <message>
            <source>Thinking text</source>
            <translation>Текст рассуждений</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Рассуждает…</translation>
        </message>
        <message>
            <source>Thought for {seconds} s</source>
            <translation>Рассуждал {seconds} с</translation>
        </message>
        <message>
            <source>Thinking… {seconds} s</source>
            <translation>Рассуждает… {seconds} с</translation>
        </message>
        <message>
            <source>Show or hide the model's reasoning</source>
            <translation>Показать или скрыть рассуждения модели</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Ваше сообщение</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Вы</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Ассистент</translation>
        </message>
        <message>
            <source>Copy ▾</source>
            <translation>Копировать ▾</translation>
        </message>
        <message>
            <source>Copy this message (as Markdown or plain text)</source>
            <translation>Копировать сообщение (Markdown или обычный текст)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Edit and send again (the earlier version stays)</source>
            <translation>Изменить и отправить снова (прежняя версия сохранится)</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Заново</translation>
        </message>
        <message>
            <source>Answer again (the earlier answer stays as a version)</source>
            <translation>Ответить заново (прежний ответ сохранится как версия)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete this message</source>
            <translation>Удалить это сообщение</translation>
        </message>
        <message>
            <source>Earlier version</source>
            <translation>Предыдущая версия</translation>
        </message>
        <message>
            <source>Later version</source>
            <translation>Следующая версия</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ask again (a new version of this answer)</source>
            <translation>Спросить снова (новая версия этого ответа)</translation>
        </message>
        <message>
            <source>Copy as Markdown</source>
            <translation>Копировать как Markdown</translation>
        </message>
        <message>
            <source>Copy as plain text</source>
            <translation>Копировать как обычный текст</translation>
        </message>
        <message>
            <source>Stopped. The answer above is partial.</source>
            <translation>Остановлено. Ответ выше неполный.</translation>
        </message>
        <message>
            <source>The answer was cut off; what arrived is kept.</source>
            <translation>Ответ оборвался; полученная часть сохранена.</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>Запрос не выполнен.</translation>
        </message>
        <message>
            <source>This answer was interrupted before it finished.</source>
            <translation>Этот ответ был прерван до завершения.</translation>
        </message>
        <message>
            <source>Open Settings at this provider's tokens</source>
            <translation>Открыть настройки токенов этого провайдера</translation>
        </message>
        <message>
            <source>Open Settings at this provider</source>
            <translation>Открыть настройки этого провайдера</translation>
        </message>
        <message>
            <source>Open the Models page (the API-Inference filter shows what is served)</source>
            <translation>Открыть страницу «Модели» (фильтр API-Inference покажет доступные модели)</translation>
        </message>
        <message>
            <source>[image: {name}]</source>
            <translation>[изображение: {name}]</translation>
        </message>
        <message>
            <source>{name} ({size} KB)</source>
            <translation>{name} ({size} КБ)</translation>
        </message>
        <message>
            <source>Save image…</source>
            <translation>Сохранить изображение…</translation>
        </message>
        <message>
            <source>Waiting for the first token…</source>
            <translation>Ожидание первого токена…</translation>
        </message>
        <message>
            <source>Copied as Markdown</source>
            <translation>Скопировано как Markdown</translation>
        </message>
        <message>
            <source>Copied as plain text</source>
            <translation>Скопировано как обычный текст</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.model_picker</name>
        <message>
            <source>{label}, current model</source>
            <extracomment>What the search looks in (casefolded); headers have none. The popup's text of a model row. Tasks a conversation can use: chat, vision chat, image generation.</extracomment>
            <translation>{label}, текущая модель</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Выбор модели</translation>
        </message>
        <message>
            <source>Search models (ID, name or provider)…</source>
            <translation>Поиск моделей (ID, название или провайдер)…</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Поиск моделей</translation>
        </message>
        <message>
            <source>Type to filter; Up and Down choose a model, Enter picks it, Esc closes</source>
            <translation>Введите текст для фильтра; стрелки вверх и вниз выбирают модель, Enter — выбрать, Esc — закрыть</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>No model matches “{query}”</source>
            <translation>Нет моделей по запросу «{query}»</translation>
        </message>
        <message>
            <source>No models yet: add them in Settings → Model providers.</source>
            <translation>Моделей пока нет: добавьте их в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>The model this conversation talks to (Ctrl+M: search the models)</source>
            <translation>Модель этого чата (Ctrl+M — поиск моделей)</translation>
        </message>
        <message>
            <source>{provider} models</source>
            <translation>Модели {provider}</translation>
        </message>
        <message>
            <source>image</source>
            <translation>изображения</translation>
        </message>
        <message>
            <source>vision</source>
            <translation>зрение</translation>
        </message>
        <message>
            <source>{model} on {provider}</source>
            <translation>{model} ({provider})</translation>
        </message>
        <message>
            <source>(not in the provider's list)</source>
            <translation>(нет в списке провайдера)</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>Модель не выбрана</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.page</name>
        <message>
            <source>New chat</source>
            <extracomment>Messages built when a conversation opens, and per "older" page... ...unless their text is longer than this: long answers take long to lay out. A page always has at least this many messages. How long the conversation list waits after a notice of change, so a burst of writes is one look.</extracomment>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Think</source>
            <translation>Рассуждать</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>Модель рассуждает перед ответом (enable_thinking). Если выключить, ответ придёт быстрее.</translation>
        </message>
        <message>
            <source>Parameters…</source>
            <translation>Параметры…</translation>
        </message>
        <message>
            <source>System prompt, temperature, top_p, max tokens, context</source>
            <translation>Системный промпт, temperature, top_p, макс. токенов, контекст</translation>
        </message>
        <message>
            <source>Export and options</source>
            <translation>Экспорт и настройки</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Ещё</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>Экспорт в Markdown…</translation>
        </message>
        <message>
            <source>Export with thinking…</source>
            <translation>Экспорт с рассуждениями…</translation>
        </message>
        <message>
            <source>Enter sends (Shift+Enter: new line)</source>
            <translation>Enter отправляет (Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Bring the conversation back (Ctrl+Z)</source>
            <translation>Вернуть чат (Ctrl+Z)</translation>
        </message>
        <message>
            <source>an answer is streaming</source>
            <translation>идёт ответ</translation>
        </message>
        <message>
            <source>Choose a model above; add models in Settings → Model providers.</source>
            <translation>Выберите модель выше; добавить модели можно в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>No model to talk to yet. Add a token and models in Settings → Model providers.</source>
            <translation>Пока нет модели для чата. Добавьте токен доступа и модели в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>Describe the image to generate…</source>
            <translation>Опишите изображение, которое нужно создать…</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Сообщение… (Enter — отправить, Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>Сообщение… (Ctrl+Enter — отправить, Enter — новая строка)</translation>
        </message>
        <message>
            <source>Describe an image to generate with {model} ({provider}).</source>
            <translation>Опишите изображение, и его создаст {model} ({provider}).</translation>
        </message>
        <message>
            <source>Ask {model} ({provider}).</source>
            <translation>Задайте вопрос модели {model} ({provider}).</translation>
        </message>
        <message>
            <source>No token is stored for {provider}: &lt;a href="{link}"&gt;add one in Settings&lt;/a&gt; before sending.</source>
            <translation>Для {provider} не сохранён токен доступа: &lt;a href="{link}"&gt;добавьте его в настройках&lt;/a&gt; перед отправкой.</translation>
        </message>
        <message>
            <source>Could not save the change: {error}</source>
            <translation>Не удалось сохранить изменение: {error}</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>Чат «{title}» удалён.</translation>
        </message>
        <message>
            <source>Conversation restored</source>
            <translation>Чат восстановлен</translation>
        </message>
        <message>
            <source>Could not save the option: {error}</source>
            <translation>Не удалось сохранить настройку: {error}</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Сначала выберите модель.</translation>
        </message>
        <message>
            <source>a new chat</source>
            <translation>новый чат</translation>
        </message>
        <message>
            <source>another chat</source>
            <translation>другой чат</translation>
        </message>
        <message>
            <source>An answer is streaming in “{title}”: open that chat to stop it, or wait for it to end.</source>
            <translation>В чате «{title}» идёт ответ: откройте этот чат, чтобы остановить его, или дождитесь окончания.</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>Удаление сообщения</translation>
        </message>
        <message>
            <source>Delete this message? The messages after it stay in the conversation.</source>
            <translation>Удалить это сообщение? Сообщения после него останутся в чате.</translation>
        </message>
        <message>
            <source>Nothing to export yet: send a message first.</source>
            <translation>Пока нечего экспортировать: сначала отправьте сообщение.</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Экспорт чата</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Could not export to {path}: {error}</source>
            <translation>Не удалось экспортировать в {path}: {error}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Экспортировано в {path}</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>Прикрепить изображение</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
        </message>
        <message>
            <source>Could not read {path}: {error}</source>
            <translation>Не удалось прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>Save image</source>
            <translation>Сохранение изображения</translation>
        </message>
        <message>
            <source>PNG image (*.png);;All files (*)</source>
            <translation>Изображение PNG (*.png);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Could not save the image: {error}</source>
            <translation>Не удалось сохранить изображение: {error}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.params_dialog</name>
        <message>
            <source>Conversation parameters</source>
            <translation>Параметры чата</translation>
        </message>
        <message>
            <source>For this conversation only (model: {model}).</source>
            <translation>Только для этого чата (модель: {model}).</translation>
        </message>
        <message>
            <source>Optional instructions sent before the conversation</source>
            <translation>Необязательные инструкции, отправляемые перед беседой</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Системный промпт</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Top p</source>
            <translation>Top p</translation>
        </message>
        <message>
            <source>Max tokens</source>
            <translation>Макс. токенов</translation>
        </message>
        <message>
            <source>Earlier messages sent</source>
            <translation>Прежних сообщений</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>How many earlier messages go with each new one (0: none)</source>
            <translation>Сколько прежних сообщений отправлять с каждым новым (0 — ни одного)</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.transcript</name>
        <message>
            <source>Conversation</source>
            <extracomment>A flat scroll bar in the palette's colours. It is painted again whenever the column grows (each new line of a streaming answer); the platform style's shaded groove is drawn in parallel pieces on Qt's thread pool, which costs more than it saves at that size. Distance from the top (pixels) at which older messages are fetched.</extracomment>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Код скопирован</translation>
        </message>
        <message>
            <source>Scroll up for older messages</source>
            <translation>Прокрутите вверх, чтобы увидеть более ранние сообщения</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>Загрузка более ранних сообщений…</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.turn_view</name>
        <message>
            <source>Stopped; the partial answer is kept</source>
            <extracomment>The runner key of the turn in progress.</extracomment>
            <translation>Остановлено; часть ответа сохранена</translation>
        </message>
    </context>
</TS>
