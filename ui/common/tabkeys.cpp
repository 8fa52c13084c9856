#include "tabkeys.h"

#include <QAbstractItemView>
#include <QShortcut>
#include <QTabWidget>

namespace sitrep {

void TabKeys::bind(QWidget *scope, QTabWidget *tabs, const QList<QKeySequence> &keys)
{
    for (int index = 0; index < std::min(int(keys.size()), tabs->count()); ++index) {
        const QKeySequence &key = keys.at(index);
        auto *shortcut = new QShortcut(key, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, tabs, [tabs, index] {
            tabs->setCurrentIndex(index);
            focusFirstControl(tabs->widget(index));
        });
        const QString text = key.toString(QKeySequence::NativeText);
        const QString tip = tabs->tabToolTip(index);
        tabs->setTabToolTip(index, tip.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(tip, text));
    }
}

void TabKeys::focusFirstControl(QWidget *page)
{
    // A page that knows where typing begins says so with its focus proxy.
    if (QWidget *proxy = page->focusProxy())
        return proxy->setFocus(Qt::ShortcutFocusReason);
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus)
            || !widget->isVisibleTo(page) || !widget->isEnabled())
            continue;
        widget->setFocus(Qt::ShortcutFocusReason);
        // A list without a current row, or on a heading, would take Space nowhere: its first
        // row that can be selected becomes current.
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || !view->model() || (view->currentIndex().flags() & Qt::ItemIsSelectable))
            return;
        const QAbstractItemModel &model = *view->model();
        for (int row = 0; row < model.rowCount(view->rootIndex()); ++row) {
            const QModelIndex index = model.index(row, 0, view->rootIndex());
            if (model.flags(index) & Qt::ItemIsSelectable)
                return view->setCurrentIndex(index);
        }
        return;
    }
}

} // namespace sitrep
