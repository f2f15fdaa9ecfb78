/** Views of news: the list, an item's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.news.ui;

import org.jspecify.annotations.NullMarked;
