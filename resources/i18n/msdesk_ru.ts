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
        <name>ui.settings.general_section</name>
        <message>
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The new language is shown after a restart.</source>
            <translation>Новый язык появится после перезапуска.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить</translation>
        </message>
        <message>
            <source>Close msdesk and start it again</source>
            <translation>Закрыть msdesk и запустить снова</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <source>The theme and the text size change at once; the language at the next start.</source>
            <translation>Тема и размер текста меняются сразу, язык — при следующем запуске.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.page</name>
        <message>
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <source>General settings</source>
            <translation>Общие настройки</translation>
        </message>
        <message>
            <source>Language, theme and text size</source>
            <translation>Язык, тема и размер текста</translation>
        </message>
    </context>
</TS>
