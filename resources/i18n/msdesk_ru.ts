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
        <name>ui.shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Go to Chat</source>
            <translation>Перейти в «Чат»</translation>
        </message>
        <message>
            <source>Go to Models</source>
            <translation>Перейти в «Модели»</translation>
        </message>
        <message>
            <source>Go to Settings</source>
            <translation>Перейти в «Настройки»</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Открыть настройки</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Показать сочетания клавиш</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Search the chats</source>
            <translation>Поиск по чатам</translation>
        </message>
        <message>
            <source>Choose the model</source>
            <translation>Выбрать модель</translation>
        </message>
        <message>
            <source>Go to the message box</source>
            <translation>Перейти к полю сообщения</translation>
        </message>
        <message>
            <source>Send the message (Ctrl+Enter when Enter makes a new line)</source>
            <translation>Отправить сообщение (Ctrl+Enter, если Enter переносит строку)</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <translation>Новая строка в сообщении</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Остановить ответ</translation>
        </message>
        <message>
            <source>Rename the selected chat</source>
            <translation>Переименовать выбранный чат</translation>
        </message>
        <message>
            <source>Delete the selected chat</source>
            <translation>Удалить выбранный чат</translation>
        </message>
        <message>
            <source>Bring back the chat just deleted</source>
            <translation>Вернуть только что удалённый чат</translation>
        </message>
        <message>
            <source>Export the chat to Markdown</source>
            <translation>Экспортировать чат в Markdown</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Search the model library (also /)</source>
            <translation>Поиск в библиотеке моделей (также /)</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>Повторить поиск</translation>
        </message>
        <message>
            <source>Copy the selected model's ID</source>
            <translation>Скопировать ID выбранной модели</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Search the providers</source>
            <translation>Поиск провайдеров</translation>
        </message>
        <message>
            <source>Move the selected provider up</source>
            <translation>Переместить выбранного провайдера вверх</translation>
        </message>
        <message>
            <source>Move the selected provider down</source>
            <translation>Переместить выбранного провайдера вниз</translation>
        </message>
        <message>
            <source>Bring back the models just removed</source>
            <translation>Вернуть только что удалённые модели</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
    </context>
</TS>
