import { Module } from '@nestjs/common';
import { CourseModuleResolver, CourseResolver, LessonResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({ providers: [CatalogService, CourseResolver, CourseModuleResolver, LessonResolver] })
export class CatalogModule {}
