-- The languages a translator may change texts in (only for users with the TRANSLATOR role).
create table app_user_translation_language (
    user_id  bigint      not null,
    language varchar(10) not null,
    constraint pk_app_user_translation_language primary key (user_id, language),
    constraint fk_app_user_translation_language_user foreign key (user_id) references app_user (id) on delete cascade
);
