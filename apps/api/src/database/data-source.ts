// The data source for the TypeORM CLI (migration:generate / migration:run against DATABASE_URL).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../app.module';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required for the TypeORM CLI');
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL));
