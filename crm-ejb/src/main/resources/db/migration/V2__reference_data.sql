-- Reference data every installation needs: the category new customers from 1C land in.
insert into customer_category (id, code, name_ru, name_en, version)
values (customer_category_seq.nextval, 'FROM_1C', 'Новые из 1С', 'New from 1C', 0);
